namespace BlindSpot.Core;

/// <summary>
/// The bootstrap every stage uses: replicate r draws from its own seeded stream (seed, r, salt), so the same seed gives
/// exactly the same replicates in any order, and a stage's salt keeps its draws apart from another stage's.
/// </summary>
public static class Bootstrap
{
    /// <summary>One value per replicate, each computed from that replicate's own random stream.</summary>
    /// <param name="inParallel">One replicate per core at a time (same result); for a <paramref name="replicate"/> that only reads shared state.</param>
    public static T[] Replicates<T>(int replicates, int seed, ulong salt, Func<SplitMixRandom, T> replicate, bool inParallel = false)
    {
        if (replicates < 1) throw new ArgumentOutOfRangeException(nameof(replicates), "At least one bootstrap replicate.");
        var result = new T[replicates];
        if (inParallel) Parallel.For(0, replicates, OnePerCore.Options, r => result[r] = replicate(SplitMixRandom.ForItem(seed, r, salt)));
        else for (var r = 0; r < replicates; r++) result[r] = replicate(SplitMixRandom.ForItem(seed, r, salt));
        return result;
    }

    /// <summary><paramref name="count"/> row indices drawn with replacement from 0 … count − 1.</summary>
    public static int[] Resample(SplitMixRandom random, int count)
    {
        var rows = new int[count];
        for (var i = 0; i < count; i++) rows[i] = random.Next(0, count);
        return rows;
    }
}
