using BlindSpot.Core;

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

    /// <summary>
    /// Replicate <paramref name="replicate"/>'s random stream: the groups are drawn from it one after another, in the
    /// order given (the audit's: by name), each row of a group by <c>Next(0, rows in the group)</c>.
    /// </summary>
    public static SplitMixRandom ReplicateStream(int seed, int replicate) => SplitMixRandom.ForItem(seed, replicate, Salt);

    /// <summary>Replicate × group: the summed counts of the rows drawn for that group.</summary>
    public static AuditCounts[][] Counts(IReadOnlyList<IReadOnlyList<AuditCounts>> rowsByGroup, int replicates, int seed)
    {
        // Every row's counts are one of a handful of values (one of TP, FP, FN, TN, with or without a misroute): the draws
        // below (replicates × rows of them) tally which kind they hit, and each kind's counts are added once per replicate.
        var kinds = rowsByGroup.Select(RowKinds.Of).ToArray();
        var tally = new int[RowKinds.Max];
        return Bootstrap.Replicates(replicates, seed, Salt, random =>
        {
            var counts = new AuditCounts[kinds.Length];
            for (var g = 0; g < kinds.Length; g++)
            {
                var (kindOfRow, values) = kinds[g];
                Array.Clear(tally);
                // drawn in place rather than through Bootstrap.Resample: a million rows a replicate would allocate a million indices
                for (var i = 0; i < kindOfRow.Length; i++) tally[kindOfRow[random.Next(0, kindOfRow.Length)]]++;
                var sum = new AuditCounts();
                for (var k = 0; k < values.Count; k++) sum += values[k] * tally[k];
                counts[g] = sum;
            }
            return counts;
        });
    }
}

/// <summary>A group's rows as an index into its distinct counts: what the bootstrap draws from.</summary>
internal static class RowKinds
{
    /// <summary>At most this many distinct counts among a group's rows (a byte indexes them; rows give five at most).</summary>
    public const int Max = 256;

    public static (byte[] KindOfRow, IReadOnlyList<AuditCounts> Values) Of(IReadOnlyList<AuditCounts> rows)
    {
        var values = new List<AuditCounts>();
        var kindOfRow = new byte[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var k = values.IndexOf(rows[i]);
            if (k < 0)
            {
                if (values.Count == Max) throw new ArgumentException($"A row's audit counts take more than {Max} distinct values.");
                values.Add(rows[i]);
                k = values.Count - 1;
            }
            kindOfRow[i] = (byte)k;
        }
        return (kindOfRow, values);
    }
}
