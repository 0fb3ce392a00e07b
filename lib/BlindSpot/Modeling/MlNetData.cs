using Microsoft.ML;
using Microsoft.ML.Data;

namespace BlindSpot.Modeling;

/// <summary>Arrays in, IDataViews out and scores back: the ML.NET plumbing, kept out of the learners.</summary>
internal static class MlNetData
{
    internal sealed class BinaryRow
    {
        public float[] Features = [];
        public bool Label;
    }

    internal sealed class MulticlassRow
    {
        public float[] Features = [];
        public uint Label; // the class index, mapped to a key by LabelToKey
    }

    internal sealed class ClassRow
    {
        public uint Label;
    }

    /// <summary>
    /// Maps the class index to ML.NET's key type with the key order fixed to 0, 1, …, classes − 1, so that slot c of
    /// the score vector is class c even when a training fold lacks a class.
    /// </summary>
    public static IEstimator<ITransformer> LabelToKey(MLContext ml, int classes) =>
        ml.Transforms.Conversion.MapValueToKey("Label", keyData:
            ml.Data.LoadFromEnumerable(Enumerable.Range(0, classes).Select(c => new ClassRow { Label = (uint)c })));

    public static IDataView Binary(MLContext ml, float[][] x, bool[] y)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[nameof(BinaryRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Width(x));
        return ml.Data.LoadFromEnumerable(x.Select((row, i) => new BinaryRow { Features = row, Label = y[i] }), schema);
    }

    public static IDataView Multiclass(MLContext ml, float[][] x, int[]? y)
    {
        var schema = SchemaDefinition.Create(typeof(MulticlassRow));
        schema[nameof(MulticlassRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Width(x));
        return ml.Data.LoadFromEnumerable(
            x.Select((row, i) => new MulticlassRow { Features = row, Label = y is null ? 0u : (uint)y[i] }), schema);
    }

    /// <summary>The positive-class probability of each row.</summary>
    public static double[] Probabilities(IDataView scored) =>
        scored.GetColumn<float>("Probability").Select(p => (double)p).ToArray();

    /// <summary>The per-class score vector of each row, in key order (class 0 first).</summary>
    public static double[][] ScoreVectors(IDataView scored) =>
        scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().Select(s => (double)s).ToArray()).ToArray();

    private static int Width(float[][] x) => x.Length == 0 ? throw new ArgumentException("No rows.") : x[0].Length;
}
