using System.Globalization;

namespace BlindSpot.Sql;

/// <summary>What a notebook says of the sessions the return-window definitions leave without a label.</summary>
public static class LeftOut
{
    /// <summary>" no_return leaves out 42 sessions …", or "" when no definition leaves any out.</summary>
    /// <param name="leftOut"><see cref="SqlSession.LeftOutSessions"/>.</param>
    public static string Sentence(IReadOnlyDictionary<string, long> leftOut)
    {
        var some = leftOut.Where(d => d.Value > 0).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        if (some.Count == 0) return "";
        var each = string.Join("; ", some.GroupBy(d => d.Value).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(", ", g.Select(d => d.Key))} {(g.Count() == 1 ? "leaves" : "leave")} out {g.Key:N0} session{(g.Key == 1 ? "" : "s")}")));
        return $" {each}: sessions that ended within a definition's return window of the log's last message cannot show a return yet, " +
               "so they get no label under it and its shares are of the sessions it labels.";
    }
}
