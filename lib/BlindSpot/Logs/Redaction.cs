using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// Masks what readers of a team's log must not see in message text: e-mail addresses, card numbers, runs of six or more
/// digits (account, order and unformatted phone numbers) and phone numbers written in groups. The same patterns run in DuckDB
/// (<see cref="SqlMask"/>) and in C# (<see cref="Mask"/>), in this order.
/// </summary>
public static class Redaction
{
    /// <summary>Pattern → replacement, applied in order (an e-mail's digits are gone before the digit rules run).</summary>
    public static readonly IReadOnlyList<(string Pattern, string Replacement)> Rules =
    [
        (@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "[email]"),
        (@"\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}\b", "[card]"),
        (@"\d{6,}", "[number]"),
        (@"(\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}\b", "[phone]"),
    ];

    public static string Mask(string text) =>
        Rules.Aggregate(text, (masked, rule) => Regex.Replace(masked, rule.Pattern, rule.Replacement));

    /// <summary>A DuckDB expression that masks the text in <paramref name="column"/>.</summary>
    public static string SqlMask(string column) =>
        Rules.Aggregate(column, (expression, rule) =>
            $"regexp_replace({expression}, '{rule.Pattern.Replace("'", "''")}', '{rule.Replacement}', 'g')");
}
