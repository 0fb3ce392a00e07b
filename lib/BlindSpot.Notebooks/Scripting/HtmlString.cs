namespace BlindSpot.Notebooks.Scripting;

/// <summary>Text that is HTML by intent (made by <c>HTML("…")</c>); displayed as text/html without escaping.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
