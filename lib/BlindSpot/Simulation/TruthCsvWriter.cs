using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>Streams the simulator's latent truth, one row per session, to CSV.</summary>
public sealed class TruthCsvWriter : IDisposable
{
    public static readonly string[] Columns =
        ["session_id", "intent", "profile", "out_of_scope", "answers_needed", "patience", "true_outcome", "bot_failures", "hidden_failure_intent"];

    public static readonly string DuckDbColumns =
        "{'session_id': 'VARCHAR', 'intent': 'VARCHAR', 'profile': 'VARCHAR', 'out_of_scope': 'BOOLEAN', 'answers_needed': 'INTEGER', " +
        "'patience': 'INTEGER', 'true_outcome': 'VARCHAR', 'bot_failures': 'INTEGER', 'hidden_failure_intent': 'BOOLEAN'}";

    private readonly TextWriter _writer;

    public TruthCsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', Columns));
    }

    public void Write(SessionTruth t) =>
        _writer.WriteLine(string.Join(',',
            CsvFormat.Text(t.SessionId), CsvFormat.Text(t.Intent), CsvFormat.Text(t.Profile.ToSnakeCase()),
            CsvFormat.Boolean(t.OutOfScope), CsvFormat.Integer(t.AnswersNeeded), CsvFormat.Integer(t.Patience),
            CsvFormat.Text(t.TrueOutcome), CsvFormat.Integer(t.BotFailures), CsvFormat.Boolean(t.HiddenFailureIntent)));

    public void Dispose() => _writer.Dispose();
}
