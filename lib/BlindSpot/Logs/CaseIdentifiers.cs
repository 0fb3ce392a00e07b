using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>An identifier found in conversation text: its kind (invoice, order, account, serial, error_code) and value.</summary>
public sealed record CaseIdentifier(string Kind, string Value);

/// <summary>Finds the identifiers an agent would otherwise ask for again, by regular expression.</summary>
public static partial class CaseIdentifiers
{
    /// <summary>Distinct identifiers in order of first appearance.</summary>
    public static IReadOnlyList<CaseIdentifier> Find(string text)
    {
        var found = new List<(int At, CaseIdentifier Id)>();
        foreach (var (kind, pattern) in Patterns)
            foreach (Match m in pattern.Matches(text))
                found.Add((m.Index, new CaseIdentifier(kind, m.Value)));
        return found.OrderBy(f => f.At).Select(f => f.Id).Distinct().ToList();
    }

    /// <summary>Distinct identifiers over several texts, in order of first appearance.</summary>
    public static IReadOnlyList<CaseIdentifier> Find(IEnumerable<string> texts) => texts.SelectMany(Find).Distinct().ToList();

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        ("invoice", Invoice()),
        ("order", Order()),
        ("account", Account()),
        ("serial", Serial()),
        ("error_code", ErrorCode()),
    ];

    [GeneratedRegex(@"\bINV-\d{4,}\b")] private static partial Regex Invoice();
    [GeneratedRegex(@"(?<![\w#])#\d{5,}\b")] private static partial Regex Order();
    [GeneratedRegex(@"\bAC-\d{4,}\b")] private static partial Regex Account();
    [GeneratedRegex(@"\bSN-\d{4,}\b")] private static partial Regex Serial();
    [GeneratedRegex(@"\bE\d{3}\b")] private static partial Regex ErrorCode();
}
