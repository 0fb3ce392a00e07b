namespace BlindSpot.Logs;

/// <summary>
/// Thrown when a turn log cannot be read as a whole (an empty file, a damaged header, a cut-off Parquet file), so
/// there are no rows to quarantine. The message names the file, what is wrong and what to do, in a line or two;
/// <see cref="Detail"/> keeps the reader's own message for whoever asks for it.
/// </summary>
public sealed class TurnLogUnreadableException(string filePath, string problem, string? detail = null, Exception? inner = null)
    : Exception($"{filePath}: {problem}", inner)
{
    public string FilePath { get; } = filePath;

    public string? Detail { get; } = detail;
}
