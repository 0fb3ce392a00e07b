using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Kernel;

/// <summary>
/// The one seam between the runner and the engine that executes C#: submit a cell, receive its outputs in
/// nbformat shape. Parameters, writing and export never see the engine, so a successor to the deprecated
/// .NET Interactive kernel replaces <see cref="DotNetInteractiveKernel"/> and nothing else.
/// </summary>
public interface ICellKernel : IDisposable
{
    /// <summary>
    /// Runs one cell's source in the kernel's running state; <paramref name="onUpdate"/> hears, while the cell runs, the
    /// plain text of every displayed value it updates (a long cell's progress line, <c>display(…).Update</c>).
    /// </summary>
    Task<CellExecution> SubmitAsync(string source, int executionCount, CancellationToken cancellationToken, Action<string>? onUpdate = null);
}

/// <summary>A cell's outputs in the order they were produced; <see cref="Failed"/> when it ended in an error.</summary>
public sealed record CellExecution(IReadOnlyList<JsonObject> Outputs, bool Failed);
