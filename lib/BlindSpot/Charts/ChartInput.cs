namespace BlindSpot.Charts;

/// <summary>Argument checks shared by the builders: every message names the argument and the mismatch.</summary>
internal static class ChartInput
{
    public static void Title(string title, string paramName = "title")
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException($"{paramName} is empty: every chart has a title.", paramName);
    }

    public static void NotEmpty<T>(IReadOnlyList<T>? items, string paramName)
    {
        if (items is null || items.Count == 0) throw new ArgumentException($"{paramName} is empty.", paramName);
    }

    public static void SameLength<T, U>(IReadOnlyList<T>? expected, string expectedName, IReadOnlyList<U>? actual, string actualName)
    {
        NotEmpty(actual, actualName);
        if (actual!.Count != expected!.Count)
            throw new ArgumentException(
                $"{actualName} has {actual.Count} values but {expectedName} has {expected.Count}.", actualName);
    }

    public static void Finite(IReadOnlyList<double> values, string paramName)
    {
        for (var i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{paramName}[{i}] is {values[i]}: values must be finite numbers.", paramName);
    }

    public static void Names(IReadOnlyList<string> names, string paramName)
    {
        NotEmpty(names, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) throw new ArgumentException($"{paramName}[{i}] is empty.", paramName);
            if (!seen.Add(names[i])) throw new ArgumentException($"{paramName} has \"{names[i]}\" twice.", paramName);
        }
    }
}
