namespace BlindSpot.Modeling.LightGbm;

/// <summary>Rows as the one row-major float block LightGBM's C API reads.</summary>
internal static class RowMajor
{
    public static float[] Of(float[][] rows, int columns)
    {
        var flat = new float[(long)rows.Length * columns];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != columns) throw new ArgumentException($"Row {i} has {rows[i].Length} values, expected {columns}.");
            rows[i].CopyTo(flat, (long)i * columns);
        }
        return flat;
    }
}
