using System.Globalization;
using System.Text;

namespace BlindSpot.Notebooks.Parameters;

/// <summary>Turns a command-line value into a C# literal of the parameter's kind.</summary>
public static class CSharpLiteral
{
    public static string From(string name, ParameterKind kind, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        return kind switch
        {
            ParameterKind.Int when int.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var i) => i.ToString(inv),
            ParameterKind.Long when long.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var l) => l.ToString(inv) + "L",
            ParameterKind.Double when double.TryParse(value, NumberStyles.Float, inv, out var d) => Double(d),
            ParameterKind.Bool when bool.TryParse(value, out var b) => b ? "true" : "false",
            ParameterKind.String => String(value),
            _ => throw new ParameterException($"parameter '{name}' is {kind.ToString().ToLowerInvariant()}, and '{value}' is not"),
        };
    }

    public static string Double(double d)
    {
        if (double.IsNaN(d)) return "double.NaN";
        if (double.IsPositiveInfinity(d)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(d)) return "double.NegativeInfinity";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }

    public static string String(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
