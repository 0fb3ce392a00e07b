using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// What the models see: one row of numbers per session, the observed outcome as a class index
/// (<see cref="Core.Outcome"/>), and which columns come from which source feature (a source feature can
/// give several columns: a value and its missing indicator, or one column per intent).
/// </summary>
public sealed class FeatureMatrix
{
    public FeatureMatrix(IReadOnlyList<string> sessionIds, float[][] rows, int[] labels, IReadOnlyList<string> columns,
                         IReadOnlyList<FeatureGroup>? groups = null)
    {
        if (rows.Length != sessionIds.Count || labels.Length != rows.Length)
            throw new ArgumentException($"{sessionIds.Count} session ids, {rows.Length} rows and {labels.Length} labels: they must match.");
        if (rows.Any(r => r.Length != columns.Count))
            throw new ArgumentException($"Every row needs {columns.Count} values, one per column.");
        if (labels.Any(l => l is < 0 or >= Outcomes.Count))
            throw new ArgumentException("Labels are class indices 0 (resolved), 1 (escalated) or 2 (abandoned).");
        SessionIds = sessionIds;
        Rows = rows;
        Labels = labels;
        Columns = columns;
        Groups = groups ?? columns.Select((c, i) => new FeatureGroup(c, [i])).ToList();
    }

    /// <summary>The outcome definition and turn log the features file was made from, when it records them.</summary>
    public Provenance? Provenance { get; init; }

    public IReadOnlyList<string> SessionIds { get; }
    public float[][] Rows { get; }
    public int[] Labels { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<FeatureGroup> Groups { get; }
    public int Count => Rows.Length;

    /// <summary>Sessions per class, in <see cref="Core.Outcome"/> order.</summary>
    public int[] ClassCounts()
    {
        var counts = new int[Outcomes.Count];
        foreach (var l in Labels) counts[l]++;
        return counts;
    }

    /// <summary>
    /// The same features with the labels randomly permuted (a seeded Fisher–Yates shuffle): the label-shuffle
    /// control. Class counts are unchanged, any link between features and labels is destroyed.
    /// </summary>
    public FeatureMatrix WithShuffledLabels(int seed)
    {
        var labels = (int[])Labels.Clone();
        Shuffle.InPlace(labels, SplitMixRandom.ForItem(seed, 0, salt: 0x5348554646UL));
        return new FeatureMatrix(SessionIds, Rows, labels, Columns, Groups) { Provenance = Provenance, LogSessions = LogSessions };
    }

    /// <summary>
    /// The sessions the models are fitted on: all of them up to <paramref name="sessions"/> (0: no cap), else about that
    /// many kept by <see cref="ModelSample"/>, in the same order.
    /// </summary>
    public FeatureMatrix ForModels(int sessions, int seed)
    {
        var sample = new ModelSample(sessions, Count, seed);
        if (sample.IsWhole) return this;
        var kept = Enumerable.Range(0, Count).Where(i => sample.Keeps(SessionIds[i])).ToArray();
        return new FeatureMatrix([.. kept.Select(i => SessionIds[i])], [.. kept.Select(i => Rows[i])], [.. kept.Select(i => Labels[i])], Columns, Groups)
        {
            Provenance = Provenance, LogSessions = Count,
        };
    }

    /// <summary>The sessions of the log: more than <see cref="Count"/> when these rows are a <see cref="ForModels"/> sample of it.</summary>
    public int LogSessions { get => _logSessions ?? Count; init => _logSessions = value; }

    private readonly int? _logSessions;

    /// <summary>These rows as a model sample of a log of <paramref name="logSessions"/> sessions.</summary>
    internal FeatureMatrix OfLog(long logSessions) =>
        new(SessionIds, Rows, Labels, Columns, Groups) { Provenance = Provenance, LogSessions = checked((int)logSessions) };

    /// <summary>The same features, recording where they came from.</summary>
    public FeatureMatrix WithProvenance(Provenance? provenance) =>
        new(SessionIds, Rows, Labels, Columns, Groups) { Provenance = provenance, LogSessions = LogSessions };

    /// <summary>The outcome classes that occur (a definition may have no abandoned class, e.g. escalation_only).</summary>
    public IReadOnlyList<int> PresentClasses => [.. Enumerable.Range(0, Outcomes.Count).Where(c => Labels.Contains(c))];
}

/// <summary>A source feature and the matrix columns it produced (permuted together for importance).</summary>
public sealed record FeatureGroup(string Name, IReadOnlyList<int> ColumnIndices);
