using System.Reflection;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Display;

/// <summary>
/// Values that render themselves: <see cref="IHtmlDisplay"/>, or any public parameterless
/// <c>string ToHtml()</c> found by reflection. text/plain carries <c>ToString()</c>.
/// </summary>
public sealed class HtmlDisplayFormatter : IDisplayFormatter
{
    public bool CanFormat(object value) => value is IHtmlDisplay || FindToHtml(value.GetType()) is not null;

    public MimeBundle Format(object value, DisplayContext context)
    {
        var html = value is IHtmlDisplay d ? d.ToHtml() : (string?)FindToHtml(value.GetType())!.Invoke(value, null);
        return new MimeBundle().Add("text/html", html ?? "").Add("text/plain", value.ToString() ?? "");
    }

    private static MethodInfo? FindToHtml(Type type)
    {
        var m = type.GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return m is not null && m.ReturnType == typeof(string) ? m : null;
    }
}
