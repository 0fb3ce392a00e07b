using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

public static class FrameFormatting
{
    /// <summary>A copy with every double column rounded, for reading (computations keep full precision).</summary>
    public static DataFrame Rounded(this DataFrame frame, int digits = 3)
    {
        var columns = frame.Columns.Select(c => c is DoubleDataFrameColumn d
            ? new DoubleDataFrameColumn(d.Name, d.Select(v => v is null ? (double?)null : Math.Round(v.Value, digits, MidpointRounding.AwayFromZero)))
            : c.Clone());
        return new DataFrame(columns);
    }
}
