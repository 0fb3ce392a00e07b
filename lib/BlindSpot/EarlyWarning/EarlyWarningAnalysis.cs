using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// The whole early-warning analysis on one data set: out-of-fold forecasts for every k, feature set and target;
/// the raw velocity and mean sentiment as forecasts; alerts and the intervention trade-off for every K and alert share.
/// </summary>
public sealed class EarlyWarningAnalysis
{
    private EarlyWarningAnalysis(PrefixDataset data, EarlyWarningOptions options, string learner, IReadOnlyList<PrefixScores> models,
                                 IReadOnlyList<PrefixScores> single, FoldPlan plan)
    {
        Plan = plan;
        Data = data;
        Options = options;
        Learner = learner;
        Models = models;
        SingleFeatureModels = single;
    }

    public PrefixDataset Data { get; }

    /// <summary>The folds the forecasts were scored out of; the alert bars are set out of the same folds.</summary>
    public FoldPlan Plan { get; }

    /// <summary>Whether any session ended abandoned: without, there is nothing to forecast (e.g. escalation_only).</summary>
    public bool HasAbandoners => Data.Labels.Contains((int)Outcome.Abandoned);
    public EarlyWarningOptions Options { get; }
    public string Learner { get; }
    public IReadOnlyList<PrefixScores> Models { get; }
    /// <summary>−sentiment_velocity and −mean_sentiment as abandonment forecasts, no model.</summary>
    public IReadOnlyList<PrefixScores> SingleFeatureModels { get; }

    /// <summary>Sets fitted for abandonment (all of them) and for failure.</summary>
    public static readonly IReadOnlyList<FeatureSet> FailureSets = [FeatureSet.Average, FeatureSet.Velocity, FeatureSet.All];

    public static EarlyWarningAnalysis Run(PrefixDataset data, Learner learner, EarlyWarningOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new EarlyWarningOptions();
        if (options.MaxK > data.MaxK) throw new ArgumentException($"The data has prefixes up to k = {data.MaxK}, not {options.MaxK}.");
        var plan = FoldPlan.Stratified(data.Labels, options.Folds, 1, options.Seed);
        var jobs = Enumerable.Range(1, options.MaxK).SelectMany(k =>
            FeatureSet.Standard.Select(set => (K: k, Set: set, Target: Target.Abandon))
               .Concat(FailureSets.Select(set => (K: k, Set: set, Target: Target.Failure)))).ToArray();
        // Each forecaster's fits are seeded on their own and land in their slot, so running them side by side changes nothing
        // in the result; one after another, the single-threaded linear fits left all but one core idle.
        var models = new PrefixScores[jobs.Length];
        var finished = 0;
        Parallel.For(0, jobs.Length, OnePerCore.Options, j =>
        {
            models[j] = PrefixForecaster.OutOfFold(data, plan, learner, jobs[j].K, jobs[j].Set, jobs[j].Target);
            progress?.Report($"{Interlocked.Increment(ref finished)} of {jobs.Length} forecasts cross-validated (last: {jobs[j].Target.ToString().ToLowerInvariant()} at k = {jobs[j].K}, {jobs[j].Set.Name})");
        });
        var single = new List<PrefixScores>();
        for (var k = 1; k <= options.MaxK; k++)
            foreach (var feature in new[] { "sentiment_velocity", "mean_sentiment" })
                if (data.AtK[k].Any(a => a.Row.Value(feature) is not null)) single.Add(PrefixForecaster.SingleFeature(data, k, feature, Target.Abandon));
        return new EarlyWarningAnalysis(data, options, learner.Name, models, single, plan);
    }

    public PrefixScores Model(int k, FeatureSet set, Target target = Target.Abandon) =>
        Models.Single(m => m.K == k && m.FeatureSet == set.Name && m.Target == target);

    public PrefixScores? SingleFeature(int k, string feature) => SingleFeatureModels.SingleOrDefault(m => m.K == k && m.FeatureSet == feature);

    /// <summary>Abandonment AUC at k with <paramref name="with"/> minus without: what the extra features add.</summary>
    public double AucGain(int k, FeatureSet with, FeatureSet without) => Model(k, with).DefinedAuc - Model(k, without).DefinedAuc;

    /// <summary>
    /// The first alert of every session when watching through user turn <paramref name="maxK"/> (the "all" forecaster),
    /// alerting the top <paramref name="alertShare"/> of scores at each k, the bar set on the other folds.
    /// </summary>
    public IReadOnlyList<Alert> Alerts(int maxK, double alertShare) =>
        AlertPolicy.TopShareOutOfFold(Data, Models.Where(m => m.FeatureSet == FeatureSet.All.Name && m.Target == Target.Abandon).ToList(), maxK, alertShare, Plan);

    public AlertSummary AlertSummary(int maxK, double alertShare) => AlertPolicy.Summarize(Data, Alerts(maxK, alertShare), maxK, alertShare);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int MaxK, double AlertShare), AlertEvidence> _evidence = new();

    /// <summary>Whether the policy's alerts stand out of noise (<see cref="AlertEvidence"/>): bootstrapped once per K and alert share.</summary>
    public AlertEvidence Evidence(int maxK, double alertShare) =>
        _evidence.GetOrAdd((maxK, alertShare), key => AlertEvidence.Of(this, key.MaxK, key.AlertShare, Options.Bootstrap, Options.Seed));

    public InterventionOutcome Intervention(int maxK, double alertShare) => EarlyWarning.Intervention.Evaluate(AlertSummary(maxK, alertShare), Options.SuccessRate);

    /// <summary>
    /// How long to keep watching: the smallest K whose net value (recovered − cost × false alarms, at the options'
    /// alertShare) reaches <see cref="EarlyWarningOptions.ShareOfBestNet"/> of the best K's.
    /// </summary>
    public int BestK()
    {
        var net = Enumerable.Range(1, Options.MaxK).Select(k => Intervention(k, Options.AlertShare).Net(Options.FalseAlarmCost)).ToList();
        var best = net.Max();
        return best <= 0 ? net.IndexOf(best) + 1 : net.FindIndex(v => v >= Options.ShareOfBestNet * best) + 1;
    }
}
