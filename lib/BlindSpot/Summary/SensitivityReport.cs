using BlindSpot.Charts;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>The sensitivity of the conclusions to the outcome definition, as tables and charts.</summary>
public static class SensitivityReport
{
    /// <summary>One row per definition: its shares, what escalation-only misses, nested − flat, the audit, velocity − average AUC.</summary>
    public static DataFrame Conclusions(IReadOnlyList<DefinitionRun> runs)
    {
        string Gap(DefinitionRun r, string learner) => !r.NestedMinusFlat.TryGetValue(learner, out var g) || r.Findings.Models.Learners.GetValueOrDefault(learner)?.LevelTwoOracleF1 is null ? "n/a"
            : r.Findings.Models.ComparisonCheck(learner).Or(CorrectedResampledT.Text(g.Points, g.Interval, v => Signed.Format(v)));
        static string Flag(DefinitionRun r) => r.Findings.Audit.Check().Or(r.Findings.Audit is { GroupsFlaggedHigher: > 0, HighestRatioGroup: { } g } ? g : "none");
        static string Gain(DefinitionRun r) =>
            r.Findings.EarlyWarning.Auc(3, FeatureSet.Velocity) - r.Findings.EarlyWarning.Auc(3, FeatureSet.Average) is { } d ? Signed.Format(d, 3) : "n/a";
        static string Percent(double share) => NumberText.Percent(share);
        return new DataFrame(
            new StringDataFrameColumn("outcome definition", runs.Select(r => r.Definition)),
            new StringDataFrameColumn("circular for models", runs.Select(r => r.CircularColumns.Count == 0 ? "no" : "yes: " + string.Join(", ", r.CircularColumns))),
            new StringDataFrameColumn("resolved", runs.Select(r => Percent(r.Shares.Resolved))),
            new StringDataFrameColumn("escalated", runs.Select(r => Percent(r.Shares.Escalated))),
            new StringDataFrameColumn("abandoned", runs.Select(r => Percent(r.Shares.Abandoned))),
            new StringDataFrameColumn("observed failure share", runs.Select(r => Percent(r.Shares.FailureShare))),
            new StringDataFrameColumn("missed by escalation-only", runs.Select(r => Percent(r.Shares.FailureShare - r.Findings.Outcomes.EscalationOnlyFailureShare))),
            new StringDataFrameColumn("nested − flat, linear (F1 points)", runs.Select(r => Gap(r, "linear"))),
            new StringDataFrameColumn("nested − flat, boosted trees (F1 points)", runs.Select(r => Gap(r, "boosted_trees"))),
            new StringDataFrameColumn("audit flags higher missed failures", runs.Select(Flag)),
            new StringDataFrameColumn("velocity − average AUC, turn 3", runs.Select(Gain)));
    }

    /// <summary>
    /// <see cref="Conclusions(IReadOnlyList{DefinitionRun})"/>, then a row per definition the log does not determine: its
    /// shares, and "not determined on this log" with the reason where a conclusion would have been.
    /// </summary>
    public static DataFrame Conclusions(SensitivityRuns runs)
    {
        var table = Conclusions((IReadOnlyList<DefinitionRun>)runs);
        foreach (var u in runs.NotDetermined)
        {
            var notDetermined = $"{Verdicts.NotDetermined}: {u.Reason}";
            table.Append(
            [
                KeyValuePair.Create<string, object?>("outcome definition", u.Definition),
                KeyValuePair.Create<string, object?>("circular for models", u.CircularColumns.Count == 0 ? "no" : "yes: " + string.Join(", ", u.CircularColumns)),
                KeyValuePair.Create<string, object?>("resolved", NumberText.Percent(u.Shares.Resolved)),
                KeyValuePair.Create<string, object?>("escalated", NumberText.Percent(u.Shares.Escalated)),
                KeyValuePair.Create<string, object?>("abandoned", NumberText.Percent(u.Shares.Abandoned)),
                KeyValuePair.Create<string, object?>("observed failure share", NumberText.Percent(u.Shares.FailureShare)),
                KeyValuePair.Create<string, object?>("missed by escalation-only", notDetermined),
                KeyValuePair.Create<string, object?>("nested − flat, linear (F1 points)", Verdicts.NotDetermined),
                KeyValuePair.Create<string, object?>("nested − flat, boosted trees (F1 points)", Verdicts.NotDetermined),
                KeyValuePair.Create<string, object?>("audit flags higher missed failures", Verdicts.NotDetermined),
                KeyValuePair.Create<string, object?>("velocity − average AUC, turn 3", Verdicts.NotDetermined),
            ], inPlace: true);
        }
        return table;
    }

    /// <summary>One row per claim: its standing and our figure under each definition, and how many of those it holds under.</summary>
    public static DataFrame Claims(IReadOnlyList<DefinitionRun> runs)
    {
        var statements = runs[0].Claims.Claims.Select(c => c.Statement).ToList();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("claim", statements) };
        foreach (var run in runs)
            columns.Add(new StringDataFrameColumn(run.Definition, statements.Select(s => Cell(run, s))));
        columns.Add(new StringDataFrameColumn("across definitions", statements.Select(s => HoldsUnder(runs, s))));
        return new DataFrame(columns);
    }

    /// <summary>Under how many definitions the claim holds, of those that can test it (<see cref="DefinitionRobustness"/>).</summary>
    public static string HoldsUnder(IReadOnlyList<DefinitionRun> runs, string statement) => DefinitionRobustness.Of(
        [.. runs.Select(r => (Claim: r.Claims.Claims.FirstOrDefault(c => c.Statement == statement), Circular: r.CircularColumns.Count > 0))
            .Where(x => x.Claim is not null).Select(x => (x.Claim!, x.Circular))]);

    /// <summary>The claims table with "; holds under N of M definitions" (or why not counted) after each verdict.</summary>
    public static ClaimsTable WithSensitivity(ClaimsTable table, IReadOnlyList<DefinitionRun> runs) => new(
        [.. table.Claims.Select(c => runs.Any(r => r.Claims.Claims.Any(x => x.Statement == c.Statement))
            ? c with { Verdict = $"{c.Verdict}; {HoldsUnder(runs, c.Statement)}" }
            : c)]);

    /// <summary>Each definition's outcome shares, in the fixed outcome colours.</summary>
    public static Figure SharesChart(IReadOnlyList<DefinitionRun> runs)
    {
        var undetermined = (runs as SensitivityRuns)?.NotDetermined ?? [];
        var all = runs.Select(r => (Name: r.Definition, r.Shares)).Concat(undetermined.Select(u => (Name: u.Definition + " (not determined)", u.Shares))).ToList();
        return Figures.GroupedBars(
            "Outcome shares under each outcome definition", "outcome definition", "share of sessions",
            [.. all.Select(r => r.Name)],
            [new BarSeries("resolved", [.. all.Select(r => r.Shares.Resolved)]),
             new BarSeries("escalated", [.. all.Select(r => r.Shares.Escalated)]),
             new BarSeries("abandoned", [.. all.Select(r => r.Shares.Abandoned)])]);
    }

    /// <summary>Nested − flat macro F1 per definition and learner, with the 95 % interval over folds.</summary>
    public static Figure GapChart(IReadOnlyList<DefinitionRun> runs)
    {
        const string title = "Nested − flat macro F1 under each outcome definition (points, 95 % interval over folds)";
        if (runs.Count == 0)
            return Figures.NotApplicable(title, "this log determines no outcome definition's label, so no model was trained on any");
        var learners = runs[0].NestedMinusFlat.Keys.Order(StringComparer.Ordinal).ToList();
        return Figures.GroupedBars(title,
            "outcome definition", "F1 points",
            [.. runs.Select(r => r.Definition)],
            [.. learners.Select(l => new BarSeries(l,
                [.. runs.Select(r => r.NestedMinusFlat[l].Points)],
                [.. runs.Select(r => (r.NestedMinusFlat[l].Interval.Upper - r.NestedMinusFlat[l].Interval.Lower) / 2)]))]);
    }

    /// <summary>"holds: 27.7 %": the standing, then the figure it rests on under that definition.</summary>
    private static string Cell(DefinitionRun run, string statement) =>
        run.Claims.Claims.FirstOrDefault(c => c.Statement == statement) is { } claim
            ? claim.Ours is "n/a" or "" ? Word(ClaimStandings.Of(claim)) : $"{Word(ClaimStandings.Of(claim))}: {claim.Ours}"
            : Word(ClaimStanding.NotApplicable);

    private static string Word(ClaimStanding standing) => standing switch
    {
        ClaimStanding.Holds => "holds",
        ClaimStanding.HoldsPartly => "holds in part",
        ClaimStanding.DoesNotHold => "does not hold",
        ClaimStanding.Undecided => Verdicts.Undecided,
        _ => "n/a",
    };
}
