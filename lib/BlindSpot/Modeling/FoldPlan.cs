using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Modeling;

/// <summary>
/// Repeated stratified k-fold on the 3-class label. In each repeat the rows of each class are shuffled
/// (<see cref="SplitMixRandom"/>, one stream per repeat) and the classes are laid end to end and dealt to the folds
/// in turn, so every fold holds ⌊n_c/k⌋ or ⌈n_c/k⌉ sessions of each class c and fold sizes differ by at most one.
/// Every design and every learner is evaluated on the same plan.
/// </summary>
public sealed class FoldPlan
{
    private readonly int[][] _foldOf;

    private FoldPlan(int folds, int repeats, int seed, int[][] foldOf)
    {
        Folds = folds;
        Repeats = repeats;
        Seed = seed;
        _foldOf = foldOf;
    }

    public int Folds { get; }
    public int Repeats { get; }
    public int Seed { get; }
    public int Count => _foldOf.Length == 0 ? 0 : _foldOf[0].Length;

    public static FoldPlan Stratified(IReadOnlyList<int> labels, int folds = 5, int repeats = 1, int seed = 42)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "At least two folds.");
        if (repeats < 1) throw new ArgumentOutOfRangeException(nameof(repeats), "At least one repeat.");
        if (labels.Count < folds) throw new ArgumentException($"{labels.Count} rows cannot fill {folds} folds.");
        var classes = labels.Distinct().Order().ToList();
        var plan = new int[repeats][];
        for (var r = 0; r < repeats; r++)
        {
            var random = SplitMixRandom.ForItem(seed, r, salt: 0x464F4C4453UL);
            var foldOf = new int[labels.Count];
            var position = 0;
            foreach (var c in classes)
            {
                var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToList();
                Shuffle.InPlace(rows, random);
                foreach (var row in rows) foldOf[row] = position++ % folds;
            }
            plan[r] = foldOf;
        }
        return new FoldPlan(folds, repeats, seed, plan);
    }

    /// <summary>The fold (0-based) that holds <paramref name="row"/> out in repeat <paramref name="repeat"/>.</summary>
    public int FoldOf(int repeat, int row) => _foldOf[repeat][row];

    public int[] TestRows(int repeat, int fold) => Enumerable.Range(0, Count).Where(i => _foldOf[repeat][i] == fold).ToArray();

    /// <summary>fold, sessions, and sessions of each class in one repeat's held-out folds (the stratification, visible).</summary>
    public DataFrame Describe(IReadOnlyList<int> labels, int repeat = 0)
    {
        var tests = Enumerable.Range(0, Folds).Select(f => TestRows(repeat, f)).ToList();
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("fold", Enumerable.Range(0, Folds)),
            new Int32DataFrameColumn("sessions", tests.Select(t => t.Length)),
        };
        for (var c = 0; c < Outcomes.Count; c++)
            columns.Add(new Int32DataFrameColumn(Outcomes.Name(c), tests.Select(t => t.Count(i => labels[i] == c))));
        return new DataFrame(columns);
    }

    public int[] TrainRows(int repeat, int fold) => Enumerable.Range(0, Count).Where(i => _foldOf[repeat][i] != fold).ToArray();
}
