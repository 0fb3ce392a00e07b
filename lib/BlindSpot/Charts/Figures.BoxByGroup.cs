using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// <see cref="Box"/> from a long table: one box per value of <paramref name="groupColumn"/>, in
    /// <paramref name="order"/>, of the numbers in <paramref name="valueColumn"/>. A group in the order with no row is left
    /// out (an outcome definition may have no abandoned class).
    /// </summary>
    public static Figure BoxByGroup(string title, string yTitle, DataFrame frame, string groupColumn, string valueColumn,
        IReadOnlyList<string> order, string? xTitle = null)
    {
        var groups = frame.Values<string>(groupColumn);
        var values = frame.Values<double>(valueColumn);
        var boxes = order.Select(name => new BoxGroup(name, values.Where((_, i) => groups[i] == name).ToList()))
            .Where(b => b.Values.Count > 0).ToList();
        return Box(title, yTitle, boxes, xTitle ?? groupColumn);
    }
}
