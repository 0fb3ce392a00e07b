using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// One Roslyn script state shared by the cells of a notebook: the first cell runs a new script, each
/// later cell continues it, so variables and types carry over. A runtime exception ends the cell, not the state.
/// </summary>
public sealed class ScriptSession(string notebookDirectory)
{
    private ScriptState<object>? _state;
    private ScriptOptions _options = ScriptEnvironment.Options(notebookDirectory);

    /// <summary>Compiles and runs one cell. Throws <see cref="CompilationErrorException"/> on compile errors.</summary>
    public async Task<CellRun> RunAsync(CellPlan plan, CancellationToken cancellationToken)
    {
        foreach (var path in plan.Assemblies.Where(a => a != ScriptEnvironment.LoadedLibraryMarker))
            _options = _options.AddReferences(MetadataReference.CreateFromFile(path));

        var state = _state is null
            ? await CSharpScript.Create<object>(plan.Code, _options)
                .RunAsync(globals: null, catchException: _ => true, cancellationToken)
            : await _state.ContinueWithAsync<object>(plan.Code, _options, _ => true, cancellationToken);
        _state = state;
        return new CellRun(state.Exception is null ? state.ReturnValue : null, state.Exception);
    }
}

/// <summary>The outcome of a cell that compiled: its trailing expression's value, or the exception it threw.</summary>
public sealed record CellRun(object? ReturnValue, Exception? Exception);
