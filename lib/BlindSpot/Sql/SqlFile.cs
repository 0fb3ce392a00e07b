using System.Text;
using System.Text.RegularExpressions;

namespace BlindSpot.Sql;

/// <summary>A statement of a SQL file and the file line it starts on (for error messages).</summary>
public sealed record SqlStatement(string Text, int StartLine);

/// <summary>
/// A SQL file split into statements, and into named sections where it has <c>-- name: x</c> markers
/// (the convention of yesql/HugSQL: one file, several queries run by name).
/// </summary>
public sealed partial class SqlFile
{
    public string Name { get; }
    public string Text { get; }

    public SqlFile(string name, string text)
    {
        Name = name;
        Text = text.Replace("\r\n", "\n");
    }

    public IReadOnlyList<SqlStatement> Statements() => Split(Text, 1);

    public IReadOnlyList<string> SectionNames() => NameMarker().Matches(Text).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The statements of one named section.</summary>
    public IReadOnlyList<SqlStatement> Section(string name)
    {
        var markers = NameMarker().Matches(Text).ToList();
        var index = markers.FindIndex(m => m.Groups[1].Value == name);
        if (index < 0)
            throw new ArgumentException($"{Name} has no query named '{name}'; it has: {string.Join(", ", SectionNames())}.");
        var start = markers[index].Index;
        var end = index + 1 < markers.Count ? markers[index + 1].Index : Text.Length;
        var startLine = Text[..start].Count(c => c == '\n') + 1;
        return Split(Text[start..end], startLine);
    }

    /// <summary>
    /// Splits on semicolons outside quotes and comments; each statement's text starts at its first code character
    /// (so DuckDB's "LINE n" counts from <see cref="SqlStatement.StartLine"/>); statements that are only comments are dropped.
    /// </summary>
    private static List<SqlStatement> Split(string text, int firstLine)
    {
        var statements = new List<SqlStatement>();
        var current = new StringBuilder();
        int line = firstLine, statementLine = firstLine;
        var hasCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                var endOfLine = text.IndexOf('\n', i);
                if (endOfLine < 0) endOfLine = text.Length;
                current.Append(text, i, endOfLine - i);
                i = endOfLine - 1;
                continue;
            }
            if (c is '\'' or '"')
            {
                var close = i + 1;
                while (close < text.Length && !(text[close] == c && (close + 1 >= text.Length || text[close + 1] != c))) close += text[close] == c ? 2 : 1;
                var literal = text[i..Math.Min(close + 1, text.Length)];
                if (!hasCode) { statementLine = line; hasCode = true; current.Clear(); }
                line += literal.Count(ch => ch == '\n');
                current.Append(literal);
                i = close;
                continue;
            }
            if (c == ';')
            {
                if (hasCode) statements.Add(new SqlStatement(current.ToString(), statementLine));
                current.Clear();
                hasCode = false;
                continue;
            }
            if (!char.IsWhiteSpace(c) && !hasCode) { statementLine = line; hasCode = true; current.Clear(); }
            if (c == '\n') line++;
            current.Append(c);
        }
        if (hasCode) statements.Add(new SqlStatement(current.ToString(), statementLine));
        return statements;
    }

    [GeneratedRegex(@"^--\s*name:\s*(\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex NameMarker();
}
