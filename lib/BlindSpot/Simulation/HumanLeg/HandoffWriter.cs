using BlindSpot.Core;
using BlindSpot.Logs;
using DuckDB.NET.Data;

namespace BlindSpot.Simulation;

/// <summary>
/// Streams the human leg to CSV while the bot sessions are simulated (one session at a time, bounded memory), then
/// converts each file to Parquet under a temporary name; <see cref="Commit"/> renames them into place. Used by
/// <see cref="DatasetWriter"/> (the same run as the turn log) and by <see cref="HandoffDataset"/>.
/// </summary>
public sealed class HandoffWriter : IDisposable
{
    private readonly HandoffSimulator _simulator;
    private readonly HandoffOptions _handoff;
    private readonly HandoffFiles _files;
    private readonly Dictionary<HandoffTable, string> _csv = new();
    private readonly Dictionary<HandoffTable, string> _parquet = new();
    private readonly TextWriter _handoffs, _humanOnly, _surveys;
    private readonly TurnLogCsvWriter _agentTurns;
    private bool _closed;

    public HandoffWriter(SimulationOptions options, string outputDirectory)
    {
        _handoff = options.Handoff;
        _simulator = new HandoffSimulator(options, options.Handoff);
        _files = HandoffFiles.In(outputDirectory);
        foreach (var table in HandoffSchema.Tables)
        {
            _csv[table] = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(table.FileName) + ".csv.partial");
            _parquet[table] = _files.PathOf(table) + ".partial";
        }
        _handoffs = Open(HandoffSchema.Handoffs);
        _humanOnly = Open(HandoffSchema.HumanOnly);
        _surveys = Open(HandoffSchema.Surveys);
        _agentTurns = new TurnLogCsvWriter(_csv[HandoffSchema.AgentTurns]);
    }

    public HandoffFiles Files => _files;
    public long Handoffs { get; private set; }

    /// <summary>Adds the human leg of bot session <paramref name="index"/>.</summary>
    public void Add(long index, SimulatedSession session)
    {
        var leg = _simulator.Simulate(index, session);
        if (leg.Handoff is { } h)
        {
            Handoffs++;
            bool F(PacketFields f) => (h.Fields & f) != 0;
            _handoffs.WriteLine(string.Join(',',
                CsvFormat.Text(h.SessionId), CsvFormat.Timestamp(h.HandoffTs), CsvFormat.Text(h.PacketLevel),
                B(F(PacketFields.Thread)), B(F(PacketFields.Summary)), B(F(PacketFields.Identifiers)), B(F(PacketFields.BotActions)),
                B(F(PacketFields.EscalationReason)), B(F(PacketFields.Evidence)), B(F(PacketFields.Sentiment)),
                CsvFormat.Integer(PacketLevels.Count(h.Fields)), B(h.ReExplained), B(h.FirstReplyMovedForward),
                CsvFormat.Integer(h.FirstReplySeconds), CsvFormat.Integer(h.FirstUsefulReplySeconds), CsvFormat.Double(h.RecoveryMinutes), B(h.ResolvedByAgent)));
        }
        foreach (var row in leg.AgentTurns) _agentTurns.Write(row);
        if (leg.Survey is { } s) WriteSurvey(s);
    }

    /// <summary>Closes the CSV streams after adding the human-only cohort, and converts every file to Parquet (still under temporary names).</summary>
    public void Finish(DuckDBConnection db)
    {
        for (long i = 0; i < _handoff.HumanOnlyCases; i++)
        {
            var (c, s) = _simulator.SimulateHumanOnly(i);
            _humanOnly.WriteLine(string.Join(',', CsvFormat.Text(c.CaseId), CsvFormat.Text(c.Intent), CsvFormat.Timestamp(c.OpenedTs),
                CsvFormat.Integer(c.FirstReplySeconds), CsvFormat.Integer(c.FirstUsefulReplySeconds), B(c.ReExplained), B(c.Resolved)));
            WriteSurvey(s);
        }
        Close();
        foreach (var table in HandoffSchema.Tables)
            db.Execute($"COPY (SELECT * FROM read_csv({DuckDbPath.Literal(_csv[table])}, header = true, columns = {table.DuckDbColumnsStruct}, " +
                       "nullstr = '', quote = '\"', escape = '\"', timestampformat = '%Y-%m-%d %H:%M:%S')) " +
                       $"TO {DuckDb.Literal(_parquet[table])} (FORMAT parquet, COMPRESSION zstd)");
    }

    /// <summary>Renames the finished Parquet files into place.</summary>
    public HandoffFiles Commit()
    {
        foreach (var table in HandoffSchema.Tables) File.Move(_parquet[table], _files.PathOf(table), overwrite: true);
        return _files;
    }

    private void WriteSurvey(SurveyRow s) =>
        _surveys.WriteLine(string.Join(',', CsvFormat.Text(s.CaseId), CsvFormat.Text(s.Path), B(s.Responded),
            s.Csat is { } c ? CsvFormat.Integer(c) : "", s.Nps is { } n ? CsvFormat.Integer(n) : ""));

    private static string B(bool value) => CsvFormat.Boolean(value);

    private TextWriter Open(HandoffTable table)
    {
        var writer = new StreamWriter(_csv[table], append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.ColumnNames));
        return writer;
    }

    private void Close()
    {
        if (_closed) return;
        _closed = true;
        _handoffs.Dispose(); _humanOnly.Dispose(); _surveys.Dispose(); _agentTurns.Dispose();
    }

    /// <summary>Closes the streams and deletes every temporary file (the renamed ones are kept).</summary>
    public void Dispose()
    {
        Close();
        foreach (var tmp in _csv.Values.Concat(_parquet.Values))
            if (File.Exists(tmp)) File.Delete(tmp);
    }
}

/// <summary>
/// The human-leg files on their own: re-simulates the (deterministic) bot sessions and writes only
/// handoffs / agent_turns / human_only / surveys, leaving the turn log untouched.
/// </summary>
public static class HandoffDataset
{
    public static HandoffFiles Write(SimulationOptions options, string outputDirectory)
    {
        DatasetWriter.RefuseForeignLog(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var simulator = new ConversationSimulator(options);
        using var writer = new HandoffWriter(options, outputDirectory);
        for (long i = 0; i < options.Sessions; i++) writer.Add(i, simulator.Simulate(i));
        using (var db = DuckDb.OpenInMemory()) writer.Finish(db);
        return writer.Commit();
    }

    /// <summary>
    /// Everything notebook 06 reads, for its options: the default turn log in <paramref name="dataDirectory"/> (simulated
    /// when missing) with the human leg written beside it for <paramref name="options"/>; a non-default seed or size gets a
    /// complete data set of its own in <c>seed-N/</c> below it, so the committed turn log is never replaced.
    /// </summary>
    public static (SimulatedDataset Turns, HandoffFiles Handoff) Prepare(string dataDirectory, SimulationOptions options)
    {
        if (options.Seed == SimulationOptions.DefaultSeed && options.Sessions == SimulationOptions.DefaultSessions)
            return (DefaultDataset.Ensure(dataDirectory), Write(options, dataDirectory));
        var dataset = DatasetWriter.Write(options, Path.Combine(dataDirectory, $"seed-{options.Seed}-n{options.Sessions}"));
        return (dataset, dataset.Handoff!);
    }

    /// <summary>Writes the files when any is missing; returns them.</summary>
    public static HandoffFiles Ensure(string dataDirectory, SimulationOptions? options = null)
    {
        var files = HandoffFiles.In(dataDirectory);
        return files.Exist ? files : Write(options ?? new SimulationOptions(), dataDirectory);
    }
}
