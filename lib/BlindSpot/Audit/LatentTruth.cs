using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>
/// The simulator's latent outcome per session (<c>simulation_truth.parquet</c>, column <c>true_outcome</c>), so the
/// audit can score missed failures against what happened as well as against the observed labels the model learned.
/// </summary>
public static class LatentTruth
{
    /// <summary>session_id → class index of the true outcome.</summary>
    public static IReadOnlyDictionary<string, int> Read(string truthParquet)
    {
        if (!File.Exists(truthParquet)) throw new FileNotFoundException($"No simulation truth at {truthParquet}: it exists only for simulated data.", truthParquet);
        using var db = DuckDb.OpenInMemory();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT session_id, true_outcome FROM read_parquet({DuckDbPath.Literal(truthParquet)})";
        using var reader = command.ExecuteReader();
        var truth = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) truth[reader.GetString(0)] = (int)Outcomes.Parse(reader.GetString(1));
        return truth;
    }

    /// <summary>The rows with <see cref="AuditRow.Truth"/> replaced by the latent outcome; a session without one is an error.</summary>
    public static IReadOnlyList<AuditRow> Apply(IEnumerable<AuditRow> rows, IReadOnlyDictionary<string, int> truth) =>
        [.. rows.Select(r => r with
        {
            Truth = truth.TryGetValue(r.SessionId, out var t) ? t
                : throw new InvalidDataException($"Session {r.SessionId} has no row in the simulation truth: the truth belongs to another data set."),
        })];
}
