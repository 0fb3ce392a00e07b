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

    /// <summary>With returns on, two more columns: the session a session came back in, and the session it is a return of.</summary>
    public static readonly string[] ReturnColumns = ["returned_as", "return_of"];

    public static string DuckDbColumnsFor(bool returns) =>
        returns ? DuckDbColumns[..^1] + ", 'returned_as': 'VARCHAR', 'return_of': 'VARCHAR'}" : DuckDbColumns;

    private readonly TextWriter _writer;
    private readonly bool _returns;

    public TruthCsvWriter(string path, bool returns = false)
    {
        _returns = returns;
        _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', returns ? Columns.Concat(ReturnColumns) : Columns));
    }

    public void Write(SessionTruth t)
    {
        var line = string.Join(',',
            CsvFormat.Text(t.SessionId), CsvFormat.Text(t.Intent), CsvFormat.Text(t.Profile.ToSnakeCase()),
            CsvFormat.Boolean(t.OutOfScope), CsvFormat.Integer(t.AnswersNeeded), CsvFormat.Integer(t.Patience),
            CsvFormat.Text(t.TrueOutcome), CsvFormat.Integer(t.BotFailures), CsvFormat.Boolean(t.HiddenFailureIntent));
        _writer.WriteLine(_returns ? $"{line},{CsvFormat.Text(t.ReturnedAs)},{CsvFormat.Text(t.ReturnOf)}" : line);
    }

    public void Dispose() => _writer.Dispose();
}
