using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Ipynb;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace BlindSpot.Notebooks.Kernel;

/// <summary>
/// A failed submission as one nbformat error output: compile errors as <c>CompilationError</c> with
/// "(line,column): error CSxxxx: …" counted within the cell, exceptions with their type, message and stack
/// (file names without the folders of the machine that ran them).
/// </summary>
internal static partial class KernelErrors
{
    public static JsonObject ToOutput(CommandFailed failure) => failure.Exception switch
    {
        CodeSubmissionCompilationErrorException => Compilation(failure.Message),
        null => Outputs.Error("Error", failure.Message, [failure.Message]),
        var ex => FromException(ex),
    };

    private static JsonObject Compilation(string message)
    {
        var lines = message.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Outputs.Error("CompilationError", lines.FirstOrDefault() ?? message, lines);
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

    /// <summary>The cell's own frames and the library's, without the kernel's scripting machinery.</summary>
    private static IEnumerable<string> StackLines(Exception ex) =>
        (ex.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("--- End of stack trace", StringComparison.Ordinal))
            .Select(l => SourcePath().Replace(l, m => " in " + Path.GetFileName(m.Groups["path"].Value) + ":line"))
            .Select(l => "   " + l);

    [GeneratedRegex(@" in (?<path>.+?):line")]
    private static partial Regex SourcePath();
}
