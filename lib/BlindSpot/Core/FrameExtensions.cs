using Microsoft.Data.Analysis;

namespace BlindSpot.Core;

/// <summary>Small conveniences for reading query results in notebook cells.</summary>
public static class FrameExtensions
{
    /// <summary>A copy with every double column rounded, for reading (computations keep full precision).</summary>
    public static DataFrame Rounded(this DataFrame frame, int digits = 3)
    {
        var columns = frame.Columns.Select(c => c is DoubleDataFrameColumn d
            ? new DoubleDataFrameColumn(d.Name, d.Select(v => v is null ? (double?)null : Math.Round(v.Value, digits, MidpointRounding.AwayFromZero)))
            : c.Clone());
        return new DataFrame(columns);
    }

    /// <summary>A column's values as a list; numeric columns convert to <typeparamref name="T"/> (e.g. counts to double).</summary>
    public static IReadOnlyList<T> Values<T>(this DataFrame frame, string column)
    {
        var values = new List<T>((int)frame.Rows.Count);
        foreach (var v in frame[column])
        {
            if (v is null) throw new InvalidOperationException($"Column '{column}' has a NULL; filter or coalesce it in SQL first.");
            values.Add(v is T t ? t : (T)Convert.ChangeType(v, typeof(T), System.Globalization.CultureInfo.InvariantCulture));
        }
        return values;
    }

    /// <summary>The value of <paramref name="column"/> in the first row whose <paramref name="keyColumn"/> equals <paramref name="key"/>.</summary>
    public static T Lookup<T>(this DataFrame frame, string keyColumn, string key, string column)
    {
        for (long i = 0; i < frame.Rows.Count; i++)
            if (Equals(frame[keyColumn][i], key))
                return (T)Convert.ChangeType(frame[column][i]!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        throw new KeyNotFoundException($"No row with {keyColumn} = '{key}'.");
    }

    /// <summary>As <see cref="Lookup{T}"/>, but null when no row has the key or the value is NULL.</summary>
    public static double? LookupOrNull(this DataFrame frame, string keyColumn, string key, string column)
    {
        for (long i = 0; i < frame.Rows.Count; i++)
            if (Equals(frame[keyColumn][i], key))
                return frame[column][i] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        return null;
    }
}
