namespace BlindSpot.Core;

/// <summary>
/// How the analysis runs independent work side by side: one item per core. Every such item is seeded on its own and
/// writes its own slot, so results do not depend on the order the items finish in.
/// </summary>
public static class OnePerCore
{
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
