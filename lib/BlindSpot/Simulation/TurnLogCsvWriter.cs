using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>
/// Streams turn rows to CSV in schema column order, one row at a time; with <c>returnKeys</c>, followed by
/// conversation_id and customer_id (<see cref="TurnLogSchema.ReturnKeyColumns"/>).
/// </summary>
public sealed class TurnLogCsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _returnKeys;

    public TurnLogCsvWriter(string path, bool returnKeys = false)
    {
        _returnKeys = returnKeys;
        _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', returnKeys ? TurnLogSchema.ColumnNames.Concat(TurnLogSchema.ReturnKeyColumns) : TurnLogSchema.ColumnNames));
    }

    public long Rows { get; private set; }

    public void Write(TurnRow row, string? conversationId = null, string? customerId = null)
    {
        _writer.Write(CsvFormat.Text(row.SessionId)); _writer.Write(',');
        _writer.Write(CsvFormat.Integer(row.TurnIndex)); _writer.Write(',');
        _writer.Write(CsvFormat.Timestamp(row.Ts)); _writer.Write(',');
        _writer.Write(CsvFormat.Text(row.Speaker)); _writer.Write(',');
        _writer.Write(CsvFormat.Text(row.Intent)); _writer.Write(',');
        _writer.Write(CsvFormat.Text(row.Text)); _writer.Write(',');
        _writer.Write(CsvFormat.Double(row.Sentiment)); _writer.Write(',');
        _writer.Write(CsvFormat.Boolean(row.BotFailure)); _writer.Write(',');
        _writer.Write(CsvFormat.Text(row.Event));
        if (_returnKeys)
        {
            _writer.Write(','); _writer.Write(CsvFormat.Text(conversationId));
            _writer.Write(','); _writer.Write(CsvFormat.Text(customerId));
        }
        _writer.Write('\n');
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
