using System.Reflection;
using System.Runtime.InteropServices;

namespace BlindSpot.Modeling.LightGbm;

/// <summary>
/// The few functions of LightGBM's C API the boosted-trees learner needs (lib_lightgbm from the LightGBM NuGet package).
/// Every call is checked: a non-zero return becomes an exception with LightGBM's own message.
/// </summary>
internal static class NativeMethods
{
    private const string Library = "lib_lightgbm";

    public const int Float32 = 0;
    public const int Float64 = 1;
    public const int PredictNormal = 0;

    static NativeMethods() => NativeLibrary.SetDllImportResolver(typeof(NativeMethods).Assembly, Resolve);

    /// <summary>
    /// The usual search first (next to the application, as in the CLI and the tests); else the LightGBM package in the
    /// NuGet folder, where a notebook's <c>#r "nuget: LightGBM"</c> puts it while the library is loaded from its build folder.
    /// </summary>
    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library) return IntPtr.Zero;
        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle)) return handle;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                       ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var (rid, file) = OperatingSystem.IsWindows() ? ("win-x64", "lib_lightgbm.dll")
                        : OperatingSystem.IsMacOS() ? ("osx-x64", "lib_lightgbm.dylib")
                        : ("linux-x64", "lib_lightgbm.so");
        var candidates = new[] { Path.Combine(Path.GetDirectoryName(assembly.Location) ?? "", file) }
            .Concat(Directory.Exists(Path.Combine(packages, "lightgbm"))
                ? Directory.GetDirectories(Path.Combine(packages, "lightgbm")).Order(StringComparer.Ordinal).Reverse()
                           .Select(d => Path.Combine(d, "runtimes", rid, "native", file))
                : []);
        foreach (var path in candidates)
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out handle)) return handle;
        return IntPtr.Zero;
    }

    [DllImport(Library)] private static extern IntPtr LGBM_GetLastError();

    [DllImport(Library)]
    private static extern int LGBM_DatasetCreateFromMat(float[] data, int dataType, int rows, int columns, int isRowMajor,
                                                        [MarshalAs(UnmanagedType.LPStr)] string parameters, IntPtr reference, out IntPtr dataset);

    [DllImport(Library)]
    private static extern int LGBM_DatasetSetField(IntPtr dataset, [MarshalAs(UnmanagedType.LPStr)] string field, float[] values, int count, int type);

    [DllImport(Library)] internal static extern int LGBM_DatasetFree(IntPtr dataset);

    [DllImport(Library)]
    private static extern int LGBM_DatasetGetSubset(IntPtr dataset, int[] usedRowIndices, int count, [MarshalAs(UnmanagedType.LPStr)] string parameters, out IntPtr subset);

    [DllImport(Library)]
    private static extern int LGBM_BoosterCreate(IntPtr dataset, [MarshalAs(UnmanagedType.LPStr)] string parameters, out IntPtr booster);

    [DllImport(Library)] private static extern int LGBM_BoosterUpdateOneIter(IntPtr booster, out int finished);

    [DllImport(Library)]
    private static extern int LGBM_BoosterPredictForMat(IntPtr booster, float[] data, int dataType, int rows, int columns, int isRowMajor,
                                                        int predictType, int startIteration, int iterations,
                                                        [MarshalAs(UnmanagedType.LPStr)] string parameters, out long length, double[] result);

    [DllImport(Library)] internal static extern int LGBM_BoosterFree(IntPtr booster);

    [DllImport(Library)]
    private static extern int LGBM_BoosterSaveModelToString(IntPtr booster, int startIteration, int iterations, int featureImportanceType,
                                                            long bufferLength, out long length, byte[]? model);

    [DllImport(Library)]
    private static extern int LGBM_BoosterLoadModelFromString(byte[] model, out int iterations, out IntPtr booster);

    private static void Check(int code)
    {
        if (code != 0) throw new InvalidOperationException("LightGBM: " + Marshal.PtrToStringAnsi(LGBM_GetLastError()));
    }

    public static IntPtr CreateDataset(float[] rowMajor, int rows, int columns, string parameters)
    {
        Check(LGBM_DatasetCreateFromMat(rowMajor, Float32, rows, columns, 1, parameters, IntPtr.Zero, out var dataset));
        return dataset;
    }

    /// <summary>A dataset of the given rows (ascending) that reuses the parent's bins: its binned values are copied, nothing is binned again.</summary>
    public static IntPtr Subset(IntPtr dataset, int[] rows, string parameters)
    {
        Check(LGBM_DatasetGetSubset(dataset, rows, rows.Length, parameters, out var subset));
        return subset;
    }

    public static void SetLabels(IntPtr dataset, float[] labels) => Check(LGBM_DatasetSetField(dataset, "label", labels, labels.Length, Float32));

    public static void FreeDataset(IntPtr dataset) => Check(LGBM_DatasetFree(dataset));

    public static IntPtr CreateBooster(IntPtr dataset, string parameters)
    {
        Check(LGBM_BoosterCreate(dataset, parameters, out var booster));
        return booster;
    }

    public static void Boost(IntPtr booster, int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            Check(LGBM_BoosterUpdateOneIter(booster, out var finished));
            if (finished != 0) break; // no split gains anything any more: later rounds would add nothing
        }
    }

    /// <summary>
    /// The trained model alone, as a new booster read back from LightGBM's own text form (every number written at full
    /// precision, so it predicts exactly as the trained one): without the training dataset, scores, gradients and
    /// histograms, which a fold's three models otherwise hold until the fold's models are dropped.
    /// </summary>
    public static IntPtr ModelOnly(IntPtr booster)
    {
        Check(LGBM_BoosterSaveModelToString(booster, 0, -1, 0, 0, out var length, null));
        var model = new byte[length];
        Check(LGBM_BoosterSaveModelToString(booster, 0, -1, 0, length, out length, model));
        Check(LGBM_BoosterLoadModelFromString(model, out _, out var loaded));
        return loaded;
    }

    public static double[] Predict(IntPtr booster, float[] rowMajor, int rows, int columns, int outputsPerRow)
    {
        var result = new double[(long)rows * outputsPerRow];
        Check(LGBM_BoosterPredictForMat(booster, rowMajor, Float32, rows, columns, 1, PredictNormal, 0, -1, "num_threads=1", out var length, result));
        if (length != result.Length) throw new InvalidOperationException($"LightGBM returned {length} values for {rows} rows, expected {result.Length}.");
        return result;
    }
}
