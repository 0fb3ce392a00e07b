namespace BlindSpot.Notebooks;

/// <summary>
/// A value that renders itself as HTML in notebook outputs. The runner also honours any object with a
/// public parameterless <c>string ToHtml()</c> method, so libraries need not reference the runner.
/// </summary>
public interface IHtmlDisplay
{
    string ToHtml();
}
