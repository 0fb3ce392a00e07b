using Microsoft.Data.Analysis;
using Microsoft.ML;

namespace BlindSpot.Modeling;

/// <summary>A binary model: the probability of the positive class for each row.</summary>
public delegate double[] BinaryScorer(float[][] rows);

/// <summary>A multiclass model: one score per class for each row (higher = more likely), in class-index order.</summary>
public delegate double[][] MulticlassScorer(float[][] rows);

/// <summary>
/// A learning algorithm both designs use: the flat design asks it for one multiclass model, the nested design for
/// two binary ones. Every fit uses a fresh <see cref="MLContext"/> with the learner's seed and one thread,
/// so the same data and seed give exactly the same scores.
/// </summary>
public abstract class Learner(string name, int seed)
{
    public string Name { get; } = name;
    public int Seed { get; } = seed;

    /// <summary>
    /// A fold's training rows, prepared once for every model fitted on them or on a subset of them (the boosted-trees
    /// learner bins them here; by default they are kept as they are). Dispose it once its models are fitted.
    /// </summary>
    public virtual TrainingRows Prepare(float[][] rows) => new(rows);

    /// <summary>A binary model on the prepared rows, or on those at <paramref name="subset"/> (ascending indices; null: all).</summary>
    public abstract BinaryScorer FitBinary(TrainingRows rows, int[]? subset, bool[] positive);

    public abstract MulticlassScorer FitMulticlass(TrainingRows rows, int[] labels, int classes);

    public BinaryScorer FitBinary(float[][] rows, bool[] positive)
    {
        using var prepared = Prepare(rows);
        return FitBinary(prepared, null, positive);
    }

    public MulticlassScorer FitMulticlass(float[][] rows, int[] labels, int classes)
    {
        using var prepared = Prepare(rows);
        return FitMulticlass(prepared, labels, classes);
    }

    protected MLContext NewContext() => new(seed: Seed);

    /// <summary>
    /// What the learner fits, step by step, for the flat design's multiclass model and for each nested level's binary
    /// one: the settings are read from the same properties the fits use.
    /// </summary>
    public abstract IReadOnlyList<(string Model, string Steps)> Pipelines();

    /// <summary>Every named learner's pipelines as one table (learner, model, steps).</summary>
    public static DataFrame PipelineTable(IEnumerable<string> names, int seed = 42)
    {
        var rows = names.Select(n => ByName(n, seed)).SelectMany(l => l.Pipelines().Select(p => (l.Name, p.Model, p.Steps))).ToList();
        return new DataFrame(new StringDataFrameColumn("learner", rows.Select(r => r.Name)),
            new StringDataFrameColumn("model", rows.Select(r => r.Model)), new StringDataFrameColumn("steps", rows.Select(r => r.Steps)));
    }

    /// <summary>Every name <see cref="ByName"/> knows, in the order the tables list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [LinearLearner.Id, BoostedTreesLearner.Id];

    /// <summary>The learners by the names a notebook parameter uses: <c>linear</c>, <c>boosted_trees</c>.</summary>
    public static Learner ByName(string name, int seed = 42) => name switch
    {
        LinearLearner.Id => new LinearLearner(seed),
        BoostedTreesLearner.Id => new BoostedTreesLearner(seed),
        _ => throw new ArgumentException($"Unknown learner '{name}'. Known: {LinearLearner.Id}, {BoostedTreesLearner.Id}."),
    };

    public override string ToString() => Name;
}

/// <summary>The training rows of one fold as <see cref="Learner.Prepare"/> made them ready.</summary>
public class TrainingRows(float[][] rows) : IDisposable
{
    public float[][] Rows { get; } = rows;

    /// <summary>The rows at <paramref name="subset"/>, or all of them.</summary>
    public float[][] Select(int[]? subset) => subset is null ? Rows : subset.Select(i => Rows[i]).ToArray();

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
