using System.Runtime.InteropServices;

namespace BlindSpot.Modeling.LightGbm;

/// <summary>
/// A fold's training rows binned once by LightGBM (the bin edges of every feature, and each value's bin). Every model
/// of the fold trains on a subset of it, which copies binned values and bins nothing again.
/// </summary>
internal sealed class BinnedRows : TrainingRows
{
    private readonly DatasetHandle _dataset;

    public BinnedRows(float[][] rows, string datasetParameters) : base(rows)
    {
        if (rows.Length == 0) throw new ArgumentException("No rows to train on.");
        Columns = rows[0].Length;
        DatasetParameters = datasetParameters;
        _dataset = new DatasetHandle(NativeMethods.CreateDataset(RowMajor.Of(rows, Columns), rows.Length, Columns, datasetParameters));
    }

    public int Columns { get; }
    public string DatasetParameters { get; }

    /// <summary>A new dataset of the rows at <paramref name="subset"/> (ascending; null: all), owned by the caller.</summary>
    public IntPtr Subset(int[]? subset)
    {
        if (subset is { Length: 0 }) throw new ArgumentException("No rows to train on.");
        return NativeMethods.Subset(_dataset.DangerousGetHandle(), subset ?? Enumerable.Range(0, Rows.Length).ToArray(), DatasetParameters);
    }

    public override void Dispose()
    {
        _dataset.Dispose();
        base.Dispose();
    }

    private sealed class DatasetHandle : SafeHandle
    {
        public DatasetHandle(IntPtr dataset) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(dataset);

        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override bool ReleaseHandle() => NativeMethods.LGBM_DatasetFree(handle) == 0;
    }
}
