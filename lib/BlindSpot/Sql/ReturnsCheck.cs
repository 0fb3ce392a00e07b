using System.Globalization;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>One definition's label as the users' returns read it (<c>signals.sql</c>'s <c>returns_by_label</c>).</summary>
public sealed record ReturnedLabel(string Definition, string Outcome, long Observable, long Returned)
{
    public ShareInterval CameBack => ShareInterval.Of(Returned, Observable);
}

/// <summary>
/// Each outcome definition checked against the users' returns: a session a definition calls resolved whose conversation
/// or customer comes back within 24 hours was probably not resolved. A definition is contradicted when more than
/// <see cref="RatingsCheck.ContradictionShare"/> of the sessions it calls resolved come back, with the whole 95 % interval
/// above it; a label needs <see cref="RatingsCheck.MinRated"/> sessions that could show a return. Definitions whose
/// label reads returns (no_return, assumed_resolution) are left out: the check would read their own rule back.
/// </summary>
public sealed class ReturnsCheck
{
    private ReturnsCheck(IReadOnlyList<ReturnedLabel> labels, IReadOnlyList<string> readReturns)
    {
        Labels = labels;
        ReadReturns = readReturns;
    }

    /// <summary>The labels of the definitions checked (those that do not read returns).</summary>
    public IReadOnlyList<ReturnedLabel> Labels { get; }

    /// <summary>The definitions left out because their label reads returns.</summary>
    public IReadOnlyList<string> ReadReturns { get; }

    /// <param name="byLabel"><c>signals.sql</c>'s <c>returns_by_label</c> query.</param>
    public static ReturnsCheck From(DataFrame byLabel, IReadOnlyList<string> readReturns)
    {
        long L(string c, int i) => Convert.ToInt64(byLabel[c][i], CultureInfo.InvariantCulture);
        var labels = Enumerable.Range(0, (int)byLabel.Rows.Count)
            .Select(i => new ReturnedLabel((string)byLabel["definition"][i], (string)byLabel["outcome"][i], L("observable", i), L("returned", i)))
            .Where(l => !readReturns.Contains(l.Definition)).ToList();
        return new ReturnsCheck(labels, readReturns);
    }

    /// <summary>Runs the check in a session whose <c>outcome_labels</c> are built (and whose log carries return keys).</summary>
    public static ReturnsCheck Of(SqlSession sql)
    {
        sql.EnsureSessionReturns();
        var readReturns = sql.OutcomeDefinitions().Where(sql.ReadsReturns).ToList();
        return From(sql.Query("signals.sql", "returns_by_label"), readReturns);
    }

    public IReadOnlyList<string> Definitions => [.. Labels.Select(l => l.Definition).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Why the returns contradict a definition, or an empty list.</summary>
    public IReadOnlyList<string> Contradictions(string definition) =>
    [
        .. Labels.Where(l => l.Definition == definition && l.Outcome == "resolved" && l.Observable >= RatingsCheck.MinRated && l.CameBack.Low > RatingsCheck.ContradictionShare)
            .Select(l => $"{l.CameBack} of the sessions it calls resolved came back within 24 hours"),
    ];

    public bool CanCheck(string definition) => Labels.Any(l => l.Definition == definition && l.Outcome == "resolved" && l.Observable >= RatingsCheck.MinRated);

    /// <summary>One row per definition and label: the sessions that could show a return, and the share that came back.</summary>
    public DataFrame Table() => new(
        new StringDataFrameColumn("definition", Labels.Select(l => l.Definition)),
        new StringDataFrameColumn("label", Labels.Select(l => l.Outcome)),
        new Int64DataFrameColumn("could show a return", Labels.Select(l => l.Observable)),
        new StringDataFrameColumn("came back within 24 h", Labels.Select(l => l.CameBack.ToString())));

    public string Verdict()
    {
        var observable = Labels.Where(l => l.Definition == Definitions.FirstOrDefault()).Sum(l => l.Observable);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{observable:N0} sessions ended at least 24 hours before the log's end and could show a return (another session of the same conversation or customer)."),
        };
        var contradicted = Definitions.Where(d => Contradictions(d).Count > 0).ToList();
        lines.AddRange(contradicted.Select(d => $"Contradicted by the returns: {d}: {string.Join("; ", Contradictions(d))}."));
        var agreeing = Definitions.Except(contradicted).Where(CanCheck).ToList();
        if (agreeing.Count > 0) lines.Add($"Not contradicted by the returns: {string.Join(", ", agreeing)}.");
        var unchecked_ = Definitions.Where(d => !CanCheck(d)).ToList();
        if (unchecked_.Count > 0) lines.Add($"Too few sessions called resolved that could show a return to check: {string.Join(", ", unchecked_)}.");
        if (ReadReturns.Count > 0) lines.Add($"Not checked against returns, since their label reads returns itself: {string.Join(", ", ReadReturns)}.");
        return string.Join("\n", lines);
    }
}
