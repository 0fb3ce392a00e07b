using System.Globalization;
using System.Text.RegularExpressions;

namespace BlindSpot.Notebooks.Parameters;

/// <summary>The kinds of literal a parameter can hold.</summary>
public enum ParameterKind { Int, Long, Double, Bool, String }

/// <summary>A default found in the cell tagged <c>parameters</c>.</summary>
public sealed record ParameterDefault(string Name, ParameterKind Kind, string Literal);

/// <summary>
/// Reads declarations such as <c>var seed = 42;</c> or <c>double threshold = 0.5;</c> (the shape
/// papermill's .net-csharp translator writes) and infers each parameter's type.
/// </summary>
public static partial class ParameterCell
{
    public static IReadOnlyList<ParameterDefault> Parse(string source)
    {
        var result = new List<ParameterDefault>();
        foreach (var raw in source.Split('\n'))
        {
            var m = Declaration().Match(raw.Trim());
            if (!m.Success) continue;
            var literal = m.Groups["value"].Value.Trim();
            var kind = KindOf(m.Groups["type"].Value, literal);
            if (kind is not null) result.Add(new ParameterDefault(m.Groups["name"].Value, kind.Value, literal));
        }
        return result;
    }

    public static ParameterKind? KindOf(string declaredType, string literal) => declaredType switch
    {
        "int" => ParameterKind.Int,
        "long" => ParameterKind.Long,
        "double" => ParameterKind.Double,
        "bool" => ParameterKind.Bool,
        "string" => ParameterKind.String,
        _ => LiteralKind(literal),
    };

    private static ParameterKind? LiteralKind(string literal)
    {
        if (literal.StartsWith('"') || literal.StartsWith("@\"", StringComparison.Ordinal)) return ParameterKind.String;
        if (literal is "true" or "false") return ParameterKind.Bool;
        var body = literal.TrimStart('-', '+');
        if (body.EndsWith('L') || body.EndsWith('l')) return ParameterKind.Long;
        if (body.EndsWith('d') || body.EndsWith('D')) return ParameterKind.Double;
        if (body.All(c => char.IsAsciiDigit(c) || c == '_'))
            return int.TryParse(literal.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? ParameterKind.Int : ParameterKind.Long;
        if (double.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return ParameterKind.Double;
        return null;
    }

    [GeneratedRegex(@"^(?:(?<type>var|int|long|double|bool|string)\s+)(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>.+?);\s*(?://.*)?$")]
    private static partial Regex Declaration();
}
