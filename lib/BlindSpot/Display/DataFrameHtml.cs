using System.Text;
using BlindSpot.Charts;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Display;

/// <summary>
/// A DataFrame as a bounded HTML table (first <see cref="MaxRows"/> rows, every value escaped, no row numbers: a reader
/// has no use for them,
/// "… N more rows"; text columns left-aligned, numeric ones right-aligned) plus an aligned text/plain table.
/// A table longer than <see cref="PreviewRows"/> shows its first rows, with the whole table one click away in a
/// collapsed &lt;details&gt; element, so a long table never pushes the narrative off the screen.
/// </summary>
public static class DataFrameHtml
{
    public static int MaxRows { get; set; } = 50;

    public static int PreviewRows { get; set; } = 20;

    public static string Html(DataFrame df)
    {
        var t = Shown(df);
        var full = Html(t.Names, t.Numeric, t.Rows, t.More, t.Total);
        if (t.Total <= PreviewRows) return full;
        var preview = Html(t.Names, t.Numeric, t.Rows.Take(PreviewRows).ToList(), 0, t.Total);
        return $"{preview}\n<details><summary>the first {PreviewRows} of {t.Total} rows: show all</summary>\n{full}\n</details>";
    }

    public static string Text(DataFrame df)
    {
        var t = Shown(df);
        return Text(t.Names, t.Rows, t.More, t.Total);
    }

    /// <summary>The first <see cref="MaxRows"/> rows as text, the column names and which columns are numeric.</summary>
    private static (string[] Names, bool[] Numeric, List<string[]> Rows, long More, long Total) Shown(DataFrame df)
    {
        var shown = (int)Math.Min(df.Rows.Count, MaxRows);
        var more = df.Rows.Count - shown;
        var columns = df.Columns.ToList();
        var cells = Enumerable.Range(0, shown)
            .Select(r => columns.Select(c => PlainText.Of(c[r])).ToArray())
            .ToList();
        var names = columns.Select(c => c.Name).ToArray();
        var numeric = columns.Select(c => TableText.IsNumeric(c.DataType)).ToArray();
        return (names, numeric, cells, more, df.Rows.Count);
    }

    private static string Html(string[] names, bool[] numeric, List<string[]> rows, long more, long total)
    {
        // Inline styles, so the alignment holds in Jupyter's stylesheet (which right-aligns every cell) too.
        var align = numeric.Select(n => n ? " style=\"text-align: right\"" : " style=\"text-align: left\"").ToArray();
        var sb = new StringBuilder("<table class=\"dataframe\">\n<thead><tr>");
        for (var c = 0; c < names.Length; c++) sb.Append("<th").Append(align[c]).Append('>').Append(HtmlText.Escape(names[c])).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append("<tr>");
            for (var c = 0; c < names.Length; c++)
                sb.Append("<td").Append(align[c]).Append('>').Append(HtmlText.Escape(rows[r][c])).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>");
        if (more > 0) sb.Append($"\n<p>… {more} more rows ({total} rows, {names.Length} columns)</p>");
        return sb.ToString();
    }

    private static string Text(string[] names, List<string[]> rows, long more, long total)
    {
        var widths = names.Select((n, i) => rows.Select(r => r[i].Length).Append(n.Length).Max()).ToArray();
        var sb = new StringBuilder();
        sb.AppendJoin("  ", names.Select((n, i) => n.PadRight(widths[i]))).Append('\n');
        foreach (var row in rows)
            sb.AppendJoin("  ", row.Select((v, i) => v.PadRight(widths[i]))).Append('\n');
        if (more > 0) sb.Append($"… {more} more rows ({total} rows)\n");
        return sb.ToString().TrimEnd('\n');
    }
}
