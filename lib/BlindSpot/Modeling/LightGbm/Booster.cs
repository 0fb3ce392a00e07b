using System.Runtime.InteropServices;

namespace BlindSpot.Modeling.LightGbm;

/// <summary>
/// A trained LightGBM model, kept as the model alone (<see cref="NativeMethods.ModelOnly"/>): the training booster and its
/// dataset are freed as soon as training ends. They used to live as long as the model, and cross-validation keeps the
/// models of every fold: at ten million sessions that was gigabytes of native memory.
/// </summary>
internal sealed class Booster : SafeHandle
{
    private readonly IntPtr _dataset;
    private readonly int _columns;
    private readonly int _outputsPerRow;

    private Booster(IntPtr booster, IntPtr dataset, int columns, int outputsPerRow) : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(booster);
        _dataset = dataset;
        _columns = columns;
        _outputsPerRow = outputsPerRow;
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>
    /// Fits <paramref name="rounds"/> boosting rounds on the binned rows at <paramref name="subset"/> (null: all) with the
    /// given labels (class indices or 0/1).
    /// </summary>
    public static Booster Train(BinnedRows rows, int[]? subset, float[] labels, int rounds, string boosterParameters, int outputsPerRow)
    {
        var count = subset?.Length ?? rows.Rows.Length;
        if (labels.Length != count) throw new ArgumentException($"{count} rows to train on but {labels.Length} labels.", nameof(labels));
        var dataset = rows.Subset(subset);
        try
        {
            NativeMethods.SetLabels(dataset, labels);
            var training = NativeMethods.CreateBooster(dataset, boosterParameters);
            try
            {
                NativeMethods.Boost(training, rounds);
                return new Booster(NativeMethods.ModelOnly(training), IntPtr.Zero, rows.Columns, outputsPerRow);
            }
            finally
            {
                NativeMethods.LGBM_BoosterFree(training);
            }
        }
        finally
        {
            NativeMethods.FreeDataset(dataset);
        }
    }

    /// <summary>The model's output for each row: <c>outputsPerRow</c> values (class probabilities, or P(positive)).</summary>
    public double[][] Predict(float[][] rows)
    {
        if (rows.Length == 0) return [];
        var flat = NativeMethods.Predict(handle, RowMajor.Of(rows, _columns), rows.Length, _columns, _outputsPerRow);
        var result = new double[rows.Length][];
        for (var i = 0; i < rows.Length; i++) result[i] = flat.AsSpan(i * _outputsPerRow, _outputsPerRow).ToArray();
        return result;
    }

    protected override bool ReleaseHandle()
    {
        var freed = NativeMethods.LGBM_BoosterFree(handle) == 0;
        return (_dataset == IntPtr.Zero || NativeMethods.LGBM_DatasetFree(_dataset) == 0) && freed;
    }
}
