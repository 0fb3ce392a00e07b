using BlindSpot.Modeling;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// The rows of one k as model input: the feature set's columns, a NULL imputed with 0 plus a <c>_missing</c> indicator
/// (as <see cref="FeatureLoader.Build"/> does for whole sessions), intent one-hot, and constant columns dropped (at
/// k = 1 and 2 velocity is NULL for everybody, so it carries nothing).
/// </summary>
public static class PrefixMatrix
{
    public static (float[][] Rows, IReadOnlyList<string> Columns) Build(IReadOnlyList<PrefixRow> rows, FeatureSet set)
    {
        var ids = rows.Select(r => r.SessionId).ToList();
        var intents = rows.Select(r => set.Intent ? r.Intent ?? FeatureLoader.NoIntent : FeatureLoader.NoIntent).ToList();
        var values = rows.Select(r => set.Numeric.Select(r.Value).ToArray()).ToList();
        var encoded = FeatureLoader.Build(ids, new int[rows.Count], intents, set.Numeric, values);
        var keep = Enumerable.Range(0, encoded.Columns.Count)
            .Where(c => encoded.Rows.Any(r => r[c] != encoded.Rows[0][c])).ToArray();
        return (encoded.Rows.Select(r => keep.Select(c => r[c]).ToArray()).ToArray(), keep.Select(c => encoded.Columns[c]).ToList());
    }
}
