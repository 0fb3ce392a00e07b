using Microsoft.Data.Analysis;

namespace BlindSpot.Core;

/// <summary>One name for one quantity, and the names it replaced (which no notebook, README block or table may use).</summary>
public sealed record Term(string Name, string Meaning, IReadOnlyList<string> Retired);

/// <summary>
/// The names every notebook, table, chart title, README block and findings field uses for the study's quantities.
/// docs/glossary.md is this list for readers; a test keeps the retired names out of the notebooks, README and docs.
/// </summary>
public static class Glossary
{
    public static IReadOnlyList<Term> Terms { get; } =
    [
        new("observed failure share", "The share of sessions an outcome definition labels escalated or abandoned. Under the case study's three-tier taxonomy it is the case study's \"true failure rate\" (58.6 % published); the quoted phrase is used only when citing the case study.",
            ["true failure rate", "three_tier_failure_share", "three_tier_failure_rate", "share_not_resolved"]),
        new("escalation-only failure share", "The share of sessions escalated to a human: what an escalation-only dashboard reports as failing.", ["escalation_only_failure_rate"]),
        new("observed failures", "Sessions an outcome definition labels escalated or abandoned. Level 2's \"on observed failures\" score routes these sessions to it directly (an oracle level 1).", ["on true failures"]),
        new("latent failures", "Sessions the simulator's latent truth marks failed, whatever the log shows; the latent failure share is their share of sessions. Only simulated logs have it.", ["true failures", "latent true failure"]),
        new("user turn", "A message of the user. The early-warning models watch the first k user turns.", []),
        new("log turn", "Any message in the turn log (user, bot, agent or system). Horizons and lead times are counted in log turns.", []),
        new("missed-failure rate (FNR)", "Among sessions that failed, the share the failure detector calls resolved; by intent in the bias audit.", []),
        new("velocity − average AUC", "Abandonment AUC after 3 user turns of the model on sentiment velocity alone minus the model on average sentiment alone.", ["velocity gain", "velocity_gain"]),
        new("velocity added to average", "Abandonment AUC of the model on average sentiment and velocity minus the model on average sentiment alone: what velocity adds; the planted-drop check reports it with the drop on and off.", []),
        new("F1 points", "A difference of F1 scores × 100 (nested − flat: +0.5 points is +0.005 F1).", []),
        new("seed range", "The mean [2.5th, 97.5th percentile] of a figure over the seed sweep's simulated data sets: with 50 seeds close to their second-smallest and second-largest value, a range, not a confidence interval.", ["seed interval"]),
        new("holds in k of N seeds", "How many of the swept seeds a planted or emergent claim's rule holds in, with the 95 % Wilson interval of that share; the verdict word follows from the interval.", []),
        new("undecided", "A verdict word: the 95 % interval of the share of seeds where a rule holds straddles 80 % or 20 %, so the seeds cannot tell holding from holding in part (or failing); more seeds would.", []),
        new("alert share", "The alert budget of the early warning: at each user turn the sessions still going whose score is in this top share alert, the bar read from the other folds' scores (0.2 by default).", ["alert threshold"]),
        new("determined", "An outcome definition's label is determined on a log when at most half its sessions lack every ending event (handoff, resolution, user_left, session_timeout) and each class has at least 30 sessions and 2 %; otherwise no verdict rests on it.", []),
        new("return", "Another session of the same conversation or customer starting after a session ended; a session that ended within a definition's return window of the log's end cannot show one and is left out of that definition.", []),
        new("not testable on this log", "The effect a verdict needs does not stand out of its own noise on this log (a model at the shuffled-label control, alerts no better than the abandonment share, fewer than two audit groups of 30 failures).", []),
        new("by construction", "A claim kind and its verdict word: the simulator's behaviour model makes the effect with no switch to turn it off (e.g. persisters wait 2–6 failures, abandoners leave after one with p = 0.70), so the analysis only shows it back; the verdict cites the model's line. Not evidence.", []),
        new("not reproduced in simulation", "A published figure of another team's data that the simulation does not reach (the +20 F1 points): a simulation cannot refute another team's data, only fail to reproduce it.", []),
        new("not testable in simulation", "Nothing is planted or emergent in the simulator to test the claim (nothing by intent on the human leg), so whatever the figure, it decides nothing.", []),
        new("no variation over folds", "Every fold of the repeated cross-validation gave the same difference: said instead of an interval of zero width, which would read as a precise estimate.", []),
    ];

    /// <summary>Every retired name, for the test that keeps them out of what readers see.</summary>
    public static IEnumerable<string> RetiredNames => Terms.SelectMany(t => t.Retired);

    /// <summary>The glossary as a table: name, meaning.</summary>
    public static DataFrame Frame() => new(
        new StringDataFrameColumn("name", Terms.Select(t => t.Name)),
        new StringDataFrameColumn("meaning", Terms.Select(t => t.Meaning)));
}
