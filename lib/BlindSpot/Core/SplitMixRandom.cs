namespace BlindSpot.Core;

/// <summary>
/// A small, fully specified PRNG (SplitMix64). Owning the algorithm keeps every data file
/// byte-identical across .NET versions and platforms, which System.Random does not promise.
/// </summary>
public sealed class SplitMixRandom
{
    private ulong _state;

    public SplitMixRandom(ulong seed) => _state = seed;

    /// <summary>An independent stream for one item of a run (e.g. one session), so items can be generated in any order.</summary>
    public static SplitMixRandom ForItem(int seed, long item, ulong salt = 0)
    {
        var mixer = new SplitMixRandom((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ salt);
        var baseValue = mixer.NextUInt64();
        return new SplitMixRandom(baseValue ^ ((ulong)item * 0xD1B54A32D192ED03UL));
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) =>
        minInclusive + (int)(NextDouble() * (maxExclusive - minInclusive));

    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>Index drawn with the given (not necessarily normalised) weights.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Count - 1;
    }
}
