using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Audit;

/// <summary>
/// The bootstrap of a grouped data set, stratified by group: each replicate redraws every group's rows with
/// replacement at the group's own size, so a small group keeps its rows (it is never drawn empty by chance) and every
/// replicate has the group mix of the data. Replicate b draws from its own <see cref="SplitMixRandom"/> stream
/// (seed, b), so the same seed gives exactly the same replicates, in any order.
/// </summary>
public static class StratifiedBootstrap
{
    private const ulong Salt = 0x424F4F54UL;

    /// <summary>Replicate × group: the summed counts of the rows drawn for that group.</summary>
    public static AuditCounts[][] Counts(IReadOnlyList<IReadOnlyList<AuditCounts>> rowsByGroup, int replicates, int seed)
    {
        if (replicates < 1) throw new ArgumentOutOfRangeException(nameof(replicates), "At least one bootstrap replicate.");
        var result = new AuditCounts[replicates][];
        for (var b = 0; b < replicates; b++)
        {
            var random = SplitMixRandom.ForItem(seed, b, Salt);
            var counts = new AuditCounts[rowsByGroup.Count];
            for (var g = 0; g < rowsByGroup.Count; g++)
            {
                var rows = rowsByGroup[g];
                var sum = new AuditCounts();
                for (var i = 0; i < rows.Count; i++) sum += rows[random.Next(0, rows.Count)];
                counts[g] = sum;
            }
            result[b] = counts;
        }
        return result;
    }
}
