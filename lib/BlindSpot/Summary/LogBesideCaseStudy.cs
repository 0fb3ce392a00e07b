using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>
/// On a log the simulator did not write: each published figure beside the same figure on that log, with a 95 %
/// interval over its sessions where one can be drawn. No verdict of calibration or planted effects (those describe the
/// simulator): only where the published figure falls against the log's.
/// </summary>
public static class LogBesideCaseStudy
{
    public static DataFrame Table(StudyFindings f, SessionBootstrap sessions)
    {
        var rows = new List<(string Source, string Figure, string Published, string Yours, string Interval, string Notebook, string Reading)>();
        void Share(string figure, string key, double published) =>
            rows.Add((CaseStudyClaims.CaseStudy, figure, NumberText.Percent(published), NumberText.Percent(sessions.Point[key]), IntervalText(sessions, key, Percent), "02",
                Against(published, sessions.Point[key], sessions.Intervals[key])));
        Share("escalation rate (what an escalation-only dashboard reports)", SessionBootstrap.EscalatedShare, PublishedFigures.Escalated);
        Share("abandonment rate", SessionBootstrap.AbandonedShare, PublishedFigures.Abandoned);
        Share("observed failure rate: escalated + abandoned", SessionBootstrap.FailureShare, PublishedFigures.EscalatedOrAbandoned);
        var before = sessions.Point[SessionBootstrap.FailuresBeforeEscalation];
        rows.Add((CaseStudyClaims.CaseStudy, "escalated users' bot failures before asking for a human", NumberText.Number(PublishedFigures.FailuresBeforeEscalation, 1), NumberText.Number(before),
            IntervalText(sessions, SessionBootstrap.FailuresBeforeEscalation, Number), "02",
            Against(PublishedFigures.FailuresBeforeEscalation, before, sessions.Intervals[SessionBootstrap.FailuresBeforeEscalation])));
        var fewer = sessions.Intervals[SessionBootstrap.FewerFailuresWhenAbandoning];
        rows.Add((CaseStudyClaims.CaseStudy, "abandoners leave after fewer logged failures (escalated − abandoned)", "fewer",
            NumberText.Number(sessions.Point[SessionBootstrap.FewerFailuresWhenAbandoning]), IntervalText(sessions, SessionBootstrap.FewerFailuresWhenAbandoning, Number), "02",
            !fewer.IsDefined ? "not measurable: a class is missing" : fewer.Lower > 0 ? "as published: fewer" : fewer.Upper < 0 ? "the opposite: more" : "no clear difference"));
        var (learner, gain, models) = f.Models.BestTestableGain();
        rows.Add((CaseStudyClaims.CaseStudy, $"nested beats flat, macro F1 points (best: {learner})", "+20",
            Signed.Format(gain.NestedMinusFlatPoints), $"[{Signed.Format(gain.NestedMinusFlatLowerPoints)}, {Signed.Format(gain.NestedMinusFlatUpperPoints)}] (95 %, corrected resampled t over folds)", "03",
            models.Or(CaseStudyComparison.NestedGainReplicates(gain.NestedMinusFlatPoints) ? "as published" : "far below the published gain")));
        var levelTwo = f.Models.Learners.GetValueOrDefault(BoostedTreesLearner.Id)?.LevelTwoOracleF1;
        rows.Add((CaseStudyClaims.CaseStudy, "level 2 (escalated vs abandoned) macro F1, boosted trees on observed failures", NumberText.Number(PublishedFigures.LevelTwoF1, 3),
            levelTwo is { } l2 ? NumberText.Number(l2, 3) : "n/a", "", "03", levelTwo is null ? "not measured" : levelTwo >= PublishedFigures.LevelTwoF1 ? "at or above" : "below"));
        var (velocity, average) = (f.EarlyWarning.Auc(3, FeatureSet.Velocity), f.EarlyWarning.Auc(3, FeatureSet.Average));
        rows.Add((CaseStudyClaims.CaseStudy, "sentiment velocity forecasts abandonment better than average sentiment (AUC at turn 3)", "planned",
            velocity is null || average is null ? "n/a" : $"{velocity:0.000} vs {average:0.000}", "", "05",
            velocity is null || average is null ? "not measurable here" : velocity > average ? "velocity ahead" : "velocity not ahead"));
        if (f.Handoff is { } h)
        {
            var (blended, escalated) = (h.Segment("blended").Csat, h.Segment("ai_to_human").Csat);
            rows.Add((CaseStudyClaims.Article, "a blended satisfaction score hides a worse escalated path (CSAT blended vs escalated)", "qualitative",
                $"{blended:0.00} vs {escalated:0.00}", "", "06", escalated < blended - CaseStudyClaims.HiddenPathCsatGap ? "hidden, as published" : "no large gap"));
        }
        else rows.Add((CaseStudyClaims.Article, "a blended satisfaction score hides a worse escalated path", "qualitative", "n/a", "", "06", "not measured: the log has no human leg"));

        // Every row but the handoff seam's reads the selected definition's labels: none is read where the log does not determine them.
        if (f.Outcomes.NotDeterminedReason is not null)
            rows = [.. rows.Select(r => r.Notebook == "06" ? r : r with { Reading = $"{Verdicts.NotDetermined} ({f.OutcomeDefinition}: {f.Outcomes.Determinacy[f.OutcomeDefinition].ShortReason})" })];
        return new DataFrame(
            new StringDataFrameColumn("source", rows.Select(r => r.Source)), new StringDataFrameColumn("figure", rows.Select(r => r.Figure)),
            new StringDataFrameColumn("published", rows.Select(r => r.Published)), new StringDataFrameColumn("this_log", rows.Select(r => r.Yours)),
            new StringDataFrameColumn("interval_95", rows.Select(r => r.Interval)), new StringDataFrameColumn("notebook", rows.Select(r => r.Notebook)),
            new StringDataFrameColumn("published_figure_against_this_log", rows.Select(r => r.Reading)));
    }

    /// <summary>The summary's closing paragraph on a team's log, composed from the findings.</summary>
    public static string Findings(StudyFindings f)
    {
        var o = f.Outcomes;
        if (o.NotDeterminedSentence is { } notDetermined)
            return $"On this log {notDetermined} No conclusion is drawn from its labels: not the blind spot, not the models, not early warning, " +
                   $"not the audit. {o.FailureRange?.Sentence} " +
                   (f.Handoff is null ? "The handoff seam was not measured: the log has no human leg."
                       : $"On the escalated path, CSAT is {f.Handoff.Segment("ai_to_human").Csat:0.00} against a blended {f.Handoff.Segment("blended").Csat:0.00}.");
        var (learner, gain, models) = f.Models.BestTestableGain();
        var (velocity, average) = (f.EarlyWarning.Auc(3, FeatureSet.Velocity), f.EarlyWarning.Auc(3, FeatureSet.Average));
        var worst = f.Audit.HighestRatioGroup;
        var reveal = Sql.DeterminacyText.InsteadOfHeadline(o) is { } instead ? instead + " "
            : $"On this log, under the outcome definition '{f.OutcomeDefinition}': an escalation-only dashboard reports {NumberText.Percent(o.EscalationOnlyFailureShare)} " +
              $"of sessions failing; the three-tier view shows {NumberText.Percent(o.ObservedFailureShare)}, because {NumberText.Percent(o.AbandonmentRate)} end in silent abandonment " +
              "(case study: 27.3 % and 58.6 %). ";
        return reveal +
               (models.IsTestable
                   ? $"The nested design {(CaseStudyComparison.NestedGainReplicates(gain.NestedMinusFlatPoints) ? "beats" : "does not beat")} " +
                     $"the flat one as published (best nested − flat {Signed.Format(gain.NestedMinusFlatPoints)} F1 points with {learner}, against +20). "
                   : $"Flat against nested is {models.Sentence}. ") +
               (velocity is null || average is null ? "Early warning does not apply (no abandonment to forecast). "
                   : $"After three user turns, sentiment velocity forecasts abandonment with an AUC of {velocity:0.000} against {average:0.000} for average sentiment. ") +
               Alerts(f.EarlyWarning) +
               (f.Audit.Check() is { IsTestable: false } audit ? $"The audit of missed failures by {f.Audit.GroupColumn} is {audit.Sentence}. "
               : f.Audit.GroupsFlaggedHigher > 0 && worst is not null
                   ? $"The audit flags {worst}: the detector misses its failures {f.Audit.Groups[worst].Ratio:0.00} times as often as overall. "
                   : "The audit flags no group whose failures the detector misses more often. ") +
               (f.Handoff is null ? "The handoff seam was not measured: the log has no human leg."
                   : $"On the escalated path, CSAT is {f.Handoff.Segment("ai_to_human").Csat:0.00} against a blended {f.Handoff.Segment("blended").Csat:0.00}.");
    }

    /// <summary>Whether reaching abandoners at the first alert is worth it on this log, or why that cannot be said.</summary>
    private static string Alerts(EarlyWarningFindings early) => early.Alert switch
    {
        null => "",
        { } a when a.Check() is { IsTestable: false } check => $"Reaching abandoners at the first alert is {check.Sentence}: no outreach is recommended. ",
        { } a => $"Watching the first {a.K} user turns, {a.Text()}. ",
    };

    /// <summary>The summary's one-sentence answer on a team's log.</summary>
    public static string Answer(StudyFindings f) =>
        f.Outcomes.NotDeterminedSentence is { } notDetermined ? $"On this log no conclusion can be drawn: {notDetermined} {f.Outcomes.FailureRange?.Sentence}"
        : Sql.DeterminacyText.InsteadOfHeadline(f.Outcomes) is { } instead ? instead :
        $"On this log an escalation-only view sees {NumberText.Percent(f.Outcomes.EscalationOnlyFailureShare)} of sessions failing where " +
        $"{NumberText.Percent(f.Outcomes.ObservedFailureShare)} escalated or left silently: {NumberText.Percent(f.Outcomes.ObservedFailureShare - f.Outcomes.EscalationOnlyFailureShare)} " +
        "of all sessions are failures such a dashboard does not count.";

    private static string Against(double published, double yours, Interval interval) =>
        !interval.IsDefined ? "not measurable"
        : interval.Contains(published) ? "inside this log's interval"
        : yours > published ? "this log is higher" : "this log is lower";

    /// <summary>"[25.1 %, 29.0 %]; 812 conversations resampled (…); 339 of 1,000 replicates undefined, left out": what the interval rests on.</summary>
    private static string IntervalText(SessionBootstrap sessions, string key, Func<Interval, string> format) =>
        string.Join("; ", new[] { format(sessions.Intervals[key]), sessions.Clusters is null ? "" : sessions.Resampling,
            BootstrapText.Undefined(sessions.Undefined[key], sessions.Replicates) }.Where(part => part.Length > 0));

    private static string Percent(Interval i) => i.IsDefined ? $"[{NumberText.Percent(i.Lower)}, {NumberText.Percent(i.Upper)}]" : "";

    private static string Number(Interval i) => i.IsDefined ? $"[{NumberText.Number(i.Lower)}, {NumberText.Number(i.Upper)}]" : "";
}
