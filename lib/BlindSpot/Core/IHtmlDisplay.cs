namespace BlindSpot.Core;

/// <summary>
/// A value that renders itself as HTML in notebook outputs (transcripts, case packets, claim tables).
/// <see cref="NotebookDisplay.Register"/> shows it as its HTML, with <c>ToString()</c> as the text/plain form.
/// </summary>
public interface IHtmlDisplay
{
    string ToHtml();
}
