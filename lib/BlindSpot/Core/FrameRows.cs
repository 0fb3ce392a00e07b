using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Data.Analysis;

namespace BlindSpot.Core;

/// <summary>
/// A query's rows as records: each parameter of the record's constructor reads the column of the same
/// name in snake_case (<c>ObservedFailureShare</c> ← <c>observed_failure_share</c>); other columns are left. A column
/// the record needs and the query lacks, or a NULL where the record's type has none, is an error naming it, so an
/// edited SQL file fails where it is read, not as a wrong figure later.
/// </summary>
public static class FrameRows
{
    public static IReadOnlyList<T> As<T>(this DataFrame frame, string query)
    {
        var constructor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var names = frame.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var columns = parameters.Select(p => SnakeCase(p.Name!)).ToArray();
        foreach (var column in columns)
            if (!names.Contains(column))
                throw new InvalidDataException($"{query} has no column '{column}' ({typeof(T).Name} needs it); it has {string.Join(", ", names)}.");
        var rows = new List<T>((int)frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
            rows.Add((T)constructor.Invoke([.. parameters.Select((p, j) => Convert(frame[columns[j]][i], p, query, columns[j]))]));
        return rows;
    }

    /// <summary>The only row of a query that returns one.</summary>
    public static T Single<T>(this DataFrame frame, string query) =>
        frame.As<T>(query) is [var row] ? row : throw new InvalidDataException($"{query} returned {frame.Rows.Count} rows, not one.");

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    private static object? Convert(object? value, ParameterInfo parameter, string query, string column)
    {
        var type = parameter.ParameterType;
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
            return underlying is not null || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable
                ? null
                : throw new InvalidDataException($"{query}: column '{column}' is NULL, which {parameter.Member.DeclaringType!.Name}.{parameter.Name} cannot be.");
        var target = underlying ?? type;
        return target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
