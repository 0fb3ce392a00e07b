using System.Text;

namespace BlindSpot.Core;

/// <summary>
/// A short, escaped excerpt of text read from a user's file, for an error message: never more than a few dozen
/// characters, with control characters and line ends written as escapes, so that a message cannot carry a file's contents.
/// </summary>
public static class Excerpt
{
    public const int DefaultLength = 60;

    public static string Of(string? text, int max = DefaultLength)
    {
        if (text is null) return "";
        var result = new StringBuilder(Math.Min(text.Length, max) + 8);
        foreach (var c in text.Length > max ? text[..max] : text)
            result.Append(c switch
            {
                '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        if (text.Length > max) result.Append($"… ({text.Length:N0} characters)");
        return result.ToString();
    }
}
