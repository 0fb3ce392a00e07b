using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Scripting;

namespace BlindSpot.Notebooks.Display;

/// <summary>HTML by intent (<c>HTML("…")</c>) is shown as text/html, unescaped.</summary>
public sealed class HtmlStringFormatter : IDisplayFormatter
{
    public bool CanFormat(object value) => value is HtmlString;

    public MimeBundle Format(object value, DisplayContext context) => MimeBundle.Html(((HtmlString)value).Value);
}
