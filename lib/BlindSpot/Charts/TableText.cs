using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace BlindSpot.Charts;

/// <summary>A DataFrame as aligned plain text: text columns left-aligned, numeric columns right-aligned.</summary>
public static class TableText
{
    public static string Format(DataFrame table)
    {
        var columns = table.Columns.ToList();
        var rows = (int)table.Rows.Count;
        var cells = columns.Select(c => Enumerable.Range(0, rows).Select(r => Cell(c[r])).ToArray()).ToArray();
        var numeric = columns.Select(c => IsNumeric(c.DataType)).ToArray();
        var widths = columns.Select((c, i) => cells[i].Append(c.Name).Max(s => s.Length)).ToArray();

        string Pad(string s, int i) => numeric[i] ? s.PadLeft(widths[i]) : s.PadRight(widths[i]);
        var sb = new StringBuilder();
        sb.AppendJoin("  ", columns.Select((c, i) => Pad(c.Name, i))).Append('\n');
        for (var r = 0; r < rows; r++)
            sb.AppendJoin("  ", columns.Select((_, i) => Pad(cells[i][r], i))).Append('\n');
        return string.Join('\n', sb.ToString().Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');
    }

    /// <summary>Numbers as in the table: invariant culture, at most four decimals.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) ||
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}
