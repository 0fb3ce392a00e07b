namespace BlindSpot.Sql;

/// <summary>A SQL file failed: names the file and the line, so a reviewer editing it knows where to look.</summary>
public sealed class SqlFileException(string file, int line, string message, Exception inner)
    : Exception($"{file}:{line}: {message}", inner)
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
