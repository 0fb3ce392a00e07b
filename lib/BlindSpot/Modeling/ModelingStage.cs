using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>What the modelling stage found: the folds, one cross-validation per learner, the shuffled-label control.</summary>
public sealed record ModelingRun(FoldPlan Plan, IReadOnlyList<CvResult> Results, CvResult? Control)
{
    /// <summary>The findings notebook 03 hands on (needs the shuffled-label control).</summary>
    public ModelFindings Findings => ModelFindings.From(Results,
        Control ?? throw new InvalidOperationException("The findings need the shuffled-label control: run with ShuffledControl = true."));

    /// <summary>The result of one learner, by name.</summary>
    public CvResult Of(string learner) =>
        Results.FirstOrDefault(r => r.Learner == learner) ?? throw new ArgumentException($"'{learner}' was not cross-validated here.");
}

/// <summary>
/// The modelling stage: session features → flat and nested designs cross-validated per learner on the same folds,
/// and the shuffled-label control on its own folds of the shuffled labels.
/// </summary>
public static class ModelingStage
{
    /// <summary>The folds every design and learner sees: stratified on the three classes, seeded.</summary>
    public static FoldPlan Folds(FeatureMatrix data, ModelingOptions options) =>
        FoldPlan.Stratified(data.Labels, options.Folds, options.Repeats, options.Seed);

    public static ModelingRun Run(FeatureMatrix data, ModelingOptions options, IProgress<string>? progress = null)
    {
        var foldsAtOnce = FoldsAtOnce(data, options);
        var plan = Folds(data, options);
        var results = CrossValidator.Run(data, options.Learners.Select(l => Learner.ByName(l, options.Seed)).ToList(), plan, progress, foldsAtOnce);
        return new ModelingRun(plan, results, options.ShuffledControl ? ShuffledControl(data, options, progress) : null);
    }

    /// <summary>The nested design of the first learner alone, on the first repeat's folds (<see cref="CrossValidator.NestedOnly"/>).</summary>
    public static (double[] LevelOne, double[] LevelTwo) NestedOnly(FeatureMatrix data, ModelingOptions options) =>
        CrossValidator.NestedOnly(data, Learner.ByName(options.Learners[0], options.Seed), Folds(data, options), FoldsAtOnce(data, options));

    /// <summary>
    /// What the cross-validation will hold (<see cref="MemoryBudget.CrossValidation"/>): checked before the
    /// first fold, so that a run that cannot fit says so instead of being killed half-way.
    /// </summary>
    public static MemoryNeed Need(FeatureMatrix data, ModelingOptions options, int? foldsAtOnce = null) =>
        MemoryBudget.CrossValidation(data.Count, data.Columns.Count, options.Folds,
            foldsAtOnce ?? Math.Min(Environment.ProcessorCount, options.Folds * options.Repeats * options.Learners.Count),
            options.Learners.Count * options.Repeats + (options.ShuffledControl ? 1 : 0));

    /// <summary>
    /// As many folds at once as there are cores, or fewer when that is what fits the memory budget (the results are the
    /// same, one fold's slot each, only slower); when not even one at a time fits, the refusal with what it needs.
    /// </summary>
    public static int FoldsAtOnce(FeatureMatrix data, ModelingOptions options, long? budget = null, int? cores = null)
    {
        var available = budget ?? MemoryBudget.Available;
        var most = Math.Min(cores ?? Environment.ProcessorCount, options.Folds * options.Repeats * options.Learners.Count);
        for (var n = most; n > 1; n--)
            if (Need(data, options, n).Bytes <= available) return n;
        MemoryBudget.EnsureFits(Need(data, options, 1), budget);
        return 1;
    }

    /// <summary>The last learner on labels shuffled with the seed (class counts kept), one repeat.</summary>
    public static CvResult ShuffledControl(FeatureMatrix data, ModelingOptions options, IProgress<string>? progress = null)
    {
        var shuffled = data.WithShuffledLabels(options.Seed);
        var control = progress is null ? null : new PrefixedProgress("shuffled-label control", progress);
        return CrossValidator.Run(shuffled, [Learner.ByName(options.Learners[^1], options.Seed)], FoldPlan.Stratified(shuffled.Labels, options.Folds, 1, options.Seed),
                                  control, FoldsAtOnce(shuffled, options with { Learners = [options.Learners[^1]], Repeats = 1, ShuffledControl = false }))[0];
    }
}
