using System.Text;

namespace BlindSpot.Logs;

/// <summary>
/// A conversation file of an export, looked at before DuckDB reads it: what can be told from its first line (its
/// columns, its delimiter) or from the file system (empty, a link, unreadable), so that a file that cannot be read is set
/// aside with its reason instead of failing the batch it is in.
/// </summary>
internal sealed record ExportFile(string Path, string Name, IReadOnlyList<string> Header, char Delimiter, string? Problem)
{
    /// <summary>The longest header line read (a file whose first line is longer is set aside).</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    /// <summary>What the file system tells of a file before it is opened: a link, empty, or out of reach; null when none.</summary>
    public static string? FileProblem(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) return "a symbolic link (only regular files of the folder are read)";
            if (info.Length == 0) return "an empty file (0 bytes)";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be opened ({e.GetType().Name})";
        }
    }

    public static ExportFile Inspect(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        ExportFile Refused(string problem) => new(path, name, [], ',', problem);
        if (FileProblem(path) is { } fileProblem) return Refused(fileProblem);
        string? line;
        try
        {
            line = FirstLine(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused($"cannot be opened ({e.GetType().Name})");
        }
        catch (DecoderFallbackException)
        {
            return Refused("its first line is not UTF-8 text");
        }
        if (line is null) return Refused($"its first line is longer than {MaxHeaderBytes / 1024} KiB: not a header");
        if (line.Length == 0) return Refused("its first line is empty: no header");
        var delimiter = DelimiterOf(line);
        return new ExportFile(path, name, Fields(line, delimiter), delimiter, null);
    }

    /// <summary>The first line without its line end and byte-order mark; null when it is longer than <see cref="MaxHeaderBytes"/>.</summary>
    private static string? FirstLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var buffer = new byte[MaxHeaderBytes + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var span = buffer.AsSpan(0, read);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var end = span.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0 && read > MaxHeaderBytes) return null;
        var header = end < 0 ? span : span[..end];
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(header);
    }

    /// <summary>The delimiter the header uses most, outside quotes: comma, semicolon, tab or bar.</summary>
    private static char DelimiterOf(string header)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0, ['|'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && counts.ContainsKey(c)) counts[c]++;
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == ',' ? 0 : 1).First().Key;
    }

    private static List<string> Fields(string header, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (c == '"' && quoted && i + 1 < header.Length && header[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString().Trim());
        return fields;
    }

    /// <summary>Files that can go to DuckDB in one read: the same columns in the same order, the same delimiter.</summary>
    public string Shape => Delimiter + "\u0001" + string.Join("\u0001", Header);
}
