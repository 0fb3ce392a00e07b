using System.Globalization;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;
using DuckDB.NET.Data;

namespace BlindSpot.Modeling;

/// <summary>
/// Reads <c>features.parquet</c> (session_features + outcome, written by <see cref="SqlSession.WriteFeatures"/>)
/// into a <see cref="FeatureMatrix"/>.
/// <list type="bullet">
/// <item><c>session_id</c> is an identifier, not a feature; <c>outcome</c> is the label.</item>
/// <item><c>failures_before_handoff</c> is excluded: it is defined only for sessions that end in a handoff request,
/// so its NULL-ness alone tells the model "escalated" (leakage).</item>
/// <item><c>intent</c> becomes one 0/1 column per intent seen in the file (sorted by name; a session without
/// an intent gets <c>intent=(none)</c>).</item>
/// <item>Every other column is numeric. A column with NULLs (by definition: <c>failures_per_bot_turn</c> without a bot turn,
/// <c>turns_to_first_failure</c> without a failure, the sentiment columns without a user sentiment,
/// <c>std_sentiment</c> with fewer than two, <c>sentiment_velocity</c> with fewer than three) is imputed with 0
/// and gets an indicator column <c>name_missing</c> (1 where it was NULL). A constant, not a mean, so imputation
/// learns nothing from the data and cannot leak across folds; the indicator lets every learner tell
/// "missing" from "zero".</item>
/// </list>
/// </summary>
public static class FeatureLoader
{
    public static readonly IReadOnlyList<string> NotFeatures = ["session_id", "outcome"];

    /// <summary>Defined only for one outcome: never a feature.</summary>
    public static readonly IReadOnlyList<string> LeakyColumns = ["failures_before_handoff"];

    public const string IntentColumn = "intent";
    public const string NoIntent = "(none)";

    public static FeatureMatrix Load(string featuresParquet)
    {
        if (!File.Exists(featuresParquet)) throw new FileNotFoundException($"Features not found: {featuresParquet}", featuresParquet);
        using var db = DuckDb.OpenInMemory();
        var data = Read(db, $"SELECT * FROM read_parquet({DuckDb.Literal(featuresParquet)}) ORDER BY session_id");
        return data.WithProvenance(Provenance.Read(db, featuresParquet));
    }

    /// <summary>
    /// Loads the features file when it was made under <paramref name="outcomeDefinition"/> from this turn log; otherwise
    /// (missing, made under another definition or from another log) writes it from the turn log first, as notebook 02
    /// does, and says so on the console. With no turn log to rebuild from, a stale file is an error naming both.
    /// </summary>
    public static FeatureMatrix LoadOrCreate(string featuresParquet, string turnsPath, string outcomeDefinition = SqlSession.DefaultOutcomeDefinition,
                                             SqlDirectory? sql = null)
    {
        if (!File.Exists(featuresParquet))
        {
            WriteFeatures(turnsPath, featuresParquet, outcomeDefinition, sql);
            return Load(featuresParquet);
        }
        if (!File.Exists(turnsPath) && !Directory.Exists(turnsPath))
        {
            var made = Provenance.Read(featuresParquet);
            if (made is not null && made.OutcomeDefinition != outcomeDefinition)
                throw new InvalidDataException(
                    $"{featuresParquet} was made under the outcome definition '{made.OutcomeDefinition}', not '{outcomeDefinition}', " +
                    $"and the turn log {turnsPath} to rebuild it from is missing: run notebook 02 with outcomeDefinition = \"{outcomeDefinition}\".");
            return Load(featuresParquet);
        }
        var expected = new Provenance(outcomeDefinition, TurnLogFingerprint.Of(turnsPath));
        var found = Provenance.Read(featuresParquet);
        if (found != expected)
        {
            Console.WriteLine($"{Path.GetFileName(featuresParquet)} was made with {found?.ToString() ?? "no recorded provenance"}; " +
                              $"rebuilding it with {expected}.");
            WriteFeatures(turnsPath, featuresParquet, outcomeDefinition, sql);
        }
        return Load(featuresParquet);
    }

    /// <summary>Turn log → features.parquet with the chosen outcome definition.</summary>
    public static string WriteFeatures(string turnsPath, string featuresParquet, string outcomeDefinition = SqlSession.DefaultOutcomeDefinition,
                                       SqlDirectory? sql = null)
    {
        using var session = new SqlSession(sql);
        var report = session.LoadTurns(turnsPath);
        if (!report.IsValid) throw new InvalidDataException(report.ToString());
        SqlStage.Features(session, outcomeDefinition);
        return session.WriteFeatures(featuresParquet);
    }

    private static FeatureMatrix Read(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        foreach (var required in new[] { "session_id", "outcome" })
            if (!names.Contains(required)) throw new InvalidDataException($"The features file has no '{required}' column.");
        var numeric = names.Where(n => !NotFeatures.Contains(n) && !LeakyColumns.Contains(n) && n != IntentColumn).ToList();

        var ids = new List<string>();
        var labels = new List<int>();
        var intents = new List<string>();
        var values = new List<double?[]>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(names.IndexOf("session_id")));
            labels.Add(Outcomes.Index(reader.GetString(names.IndexOf("outcome"))));
            var intentAt = names.IndexOf(IntentColumn);
            intents.Add(intentAt < 0 || reader.IsDBNull(intentAt) ? NoIntent : reader.GetString(intentAt));
            var row = new double?[numeric.Count];
            for (var j = 0; j < numeric.Count; j++)
            {
                var at = names.IndexOf(numeric[j]);
                if (reader.IsDBNull(at)) continue;
                var v = reader.GetValue(at);
                if (v is string or DateTime) throw new InvalidDataException($"Feature column '{numeric[j]}' is not numeric ({v.GetType().Name}).");
                row[j] = Convert.ToDouble(v, CultureInfo.InvariantCulture);
            }
            values.Add(row);
        }
        return Build(ids, labels, intents, numeric, values);
    }

    /// <summary>Encodes raw values (NULL = missing) into a matrix: one-hot intents, imputation with indicators.</summary>
    public static FeatureMatrix Build(IReadOnlyList<string> sessionIds, IReadOnlyList<int> labels, IReadOnlyList<string> intents,
                                      IReadOnlyList<string> numericNames, IReadOnlyList<double?[]> values)
    {
        var intentLevels = intents.Distinct().Order(StringComparer.Ordinal).ToList();
        var withMissing = Enumerable.Range(0, numericNames.Count).Where(j => values.Any(r => r[j] is null)).ToHashSet();
        var columns = new List<string>();
        var groups = new List<FeatureGroup>();
        for (var j = 0; j < numericNames.Count; j++)
        {
            var indices = new List<int> { columns.Count };
            columns.Add(numericNames[j]);
            if (withMissing.Contains(j)) { indices.Add(columns.Count); columns.Add(numericNames[j] + "_missing"); }
            groups.Add(new FeatureGroup(numericNames[j], indices));
        }
        var intentStart = columns.Count;
        if (intentLevels.Count > 1 || intentLevels.FirstOrDefault() is not (null or NoIntent))
        {
            groups.Add(new FeatureGroup(IntentColumn, Enumerable.Range(intentStart, intentLevels.Count).ToList()));
            columns.AddRange(intentLevels.Select(l => $"intent={l}"));
        }

        var rows = new float[values.Count][];
        for (var i = 0; i < values.Count; i++)
        {
            var row = new float[columns.Count];
            var c = 0;
            for (var j = 0; j < numericNames.Count; j++)
            {
                row[c++] = (float)(values[i][j] ?? 0.0);
                if (withMissing.Contains(j)) row[c++] = values[i][j] is null ? 1f : 0f;
            }
            if (columns.Count > intentStart) row[intentStart + intentLevels.IndexOf(intents[i])] = 1f;
            rows[i] = row;
        }
        return new FeatureMatrix(sessionIds, rows, labels.ToArray(), columns, groups);
    }
}
