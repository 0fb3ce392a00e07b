using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>Streams turn rows to CSV in schema column order, one row at a time.</summary>
public sealed class TurnLogCsvWriter : IDisposable
{
    private readonly TextWriter _writer;

    public TurnLogCsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', TurnLogSchema.ColumnNames));
    }

    public long Rows { get; private set; }

    public void Write(TurnRow row)
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
        _writer.Write('\n');
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
