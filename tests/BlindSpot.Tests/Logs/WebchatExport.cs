using System.Globalization;
using System.Text;
using BlindSpot.Core;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The committed log re-shaped as a webchat platform's export: one CSV per conversation named ID--WEBCHAT.csv, with the
/// columns Sender type, Sender name, Time in GMT and Message, and none of the signal columns (intent, sentiment,
/// bot_failure, event).
/// </summary>
internal static class WebchatExport
{
    public const string Mapping = """
        { "layout": "file-per-conversation",
          "session": { "fromFileName": "^(.*)--WEBCHAT\\.csv$" },
          "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "Message" },
          "speakers": { "web": "user", "bot": "bot", "dashboard": "agent", "*": "system" },
          "events": { "user_left": "^The user closed", "session_timeout": "^Session closed after" } }
        """;

    public static void Write(string turnLog, string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = DuckDb.OpenInMemory();
        using var command = db.CreateCommand($"SELECT session_id, speaker, ts, text FROM read_csv({DuckDb.Literal(turnLog)}, header = true, all_varchar = true) ORDER BY session_id, CAST(turn_index AS INTEGER)");
        using var reader = command.ExecuteReader();
        StreamWriter? file = null;
        string? current = null;
        while (reader.Read())
        {
            var session = reader.GetString(0);
            if (session != current)
            {
                file?.Dispose();
                file = new StreamWriter(Path.Combine(folder, $"{session}--WEBCHAT.csv"), false, new UTF8Encoding(false));
                file.WriteLine("Sender type,Sender name,Time in GMT,Message");
                current = session;
            }
            var speaker = reader.GetString(1);
            var (type, name) = speaker switch { "user" => ("web", "Customer"), "bot" => ("bot", "Assistant"), "agent" => ("dashboard", "Support"), _ => ("system", "System") };
            var ts = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            file!.WriteLine(string.Join(",", type, name, ts, Quote(reader.IsDBNull(3) ? "" : reader.GetString(3))));
        }
        file?.Dispose();
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
