using System.Collections.Concurrent;

namespace BlindSpot.Summary;

/// <summary>
/// The analysis over many simulator seeds, one seed per core at a time (every fit is single-threaded, so the seeds do
/// not compete for threads inside a seed). The rows come back sorted by seed, then in the order one seed writes them,
/// so the table does not depend on which seed finished first.
/// </summary>
public static class SeedSweep
{
    /// <param name="seeds">The simulator seeds, e.g. 1..20.</param>
    /// <param name="seedsDone">Reported with the number of seeds finished, after each one.</param>
    public static IReadOnlyList<SeedFigure> Run(IReadOnlyList<int> seeds, SweepOptions? options = null, int? parallelism = null,
                                                IProgress<long>? seedsDone = null)
    {
        options ??= new SweepOptions();
        options.Validate();
        if (seeds.Count == 0) throw new ArgumentException("Name at least one seed.");
        if (seeds.Distinct().Count() != seeds.Count) throw new ArgumentException("Each seed at most once.");
        var work = Path.Combine(Path.GetTempPath(), "blindspot-sweep-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var bySeed = new ConcurrentDictionary<int, IReadOnlyList<SeedFigure>>();
        long done = 0;
        try
        {
            Parallel.ForEach(seeds, new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount }, seed =>
            {
                bySeed[seed] = SeedRun.Run(seed, options, work);
                seedsDone?.Report(Interlocked.Increment(ref done));
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return [.. seeds.Order().SelectMany(s => bySeed[s])];
    }
}
