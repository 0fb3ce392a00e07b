namespace BlindSpot.Core;

/// <summary>
/// A path handed to DuckDB's file readers as the file it names, never as a pattern: those readers expand <c>*</c>,
/// <c>?</c> and <c>[…]</c> (even inside a list of paths), so each of these characters is written as a one-character
/// class (<c>[*]</c>, <c>[?]</c>, <c>[[]</c>) that matches only itself.
/// </summary>
public static class DuckDbPath
{
    /// <summary>The path as a SQL string literal that reads exactly that file.</summary>
    public static string Literal(string path) => DuckDb.Literal(Escape(path));

    public static string Escape(string path)
    {
        if (path.IndexOfAny(['*', '?', '[']) < 0) return path;
        var escaped = new System.Text.StringBuilder(path.Length + 8);
        foreach (var c in path)
            escaped.Append(c switch { '*' => "[*]", '?' => "[?]", '[' => "[[]", _ => c.ToString() });
        return escaped.ToString();
    }

    /// <summary>Several paths as a DuckDB list literal, each read literally.</summary>
    public static string List(IEnumerable<string> paths) => "[" + string.Join(", ", paths.Select(Literal)) + "]";
}
