using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Ipynb;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace BlindSpot.Notebooks.Execution;

/// <summary>Turns compile errors, directive errors and exceptions into nbformat error outputs.</summary>
public static partial class ErrorOutputs
{
    public static JsonObject FromCompilation(CompilationErrorException ex)
    {
        var lines = ex.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Describe)
            .ToList();
        return Outputs.Error("CompilationError", lines.FirstOrDefault() ?? ex.Message, lines);
    }

    /// <summary>"(line,column): error CSxxxx: message", the line counted within the cell.</summary>
    public static string Describe(Diagnostic d)
    {
        var pos = d.Location.GetLineSpan().StartLinePosition;
        return $"({pos.Line + 1},{pos.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static JsonObject FromDirective(CellDirectiveException ex)
    {
        var text = ex.Line > 0 ? $"({ex.Line},1): {ex.Message}" : ex.Message;
        return Outputs.Error("DirectiveError", text, [text]);
    }

    public static JsonObject FromException(Exception ex)
    {
        ex = Unwrap(ex);
        var name = ex.GetType().FullName ?? ex.GetType().Name;
        var trace = new List<string> { $"{name}: {ex.Message}" };
        trace.AddRange(StackLines(ex));
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            trace.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
            trace.AddRange(StackLines(inner));
        }
        return Outputs.Error(name, ex.Message, trace);
    }

    private static Exception Unwrap(Exception ex) => ex switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } agg => Unwrap(agg.InnerExceptions[0]),
        _ => ex,
    };

    /// <summary>Stack frames with file names but not the folders of the machine that ran them.</summary>
    private static IEnumerable<string> StackLines(Exception ex) =>
        (ex.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => SourcePath().Replace(l, m => " in " + Path.GetFileName(m.Groups["path"].Value) + ":line"))
            .Select(l => "   " + l);

    [GeneratedRegex(@" in (?<path>.+?):line")]
    private static partial Regex SourcePath();
}
