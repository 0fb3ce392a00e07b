using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace BlindSpot.Notebooks.Kernel;

/// <summary>
/// Microsoft.DotNet.Interactive's C# kernel, in-process and set up as the .NET Interactive Jupyter kernel sets
/// itself up (NuGet directive, kernel helpers, <c>#!who</c>, value sharing; HTML as the default display type,
/// strings as plain text), so a cell gives here what it gives in Jupyter or Polyglot Notebooks.
/// </summary>
public sealed class DotNetInteractiveKernel : ICellKernel
{
    private readonly CompositeKernel _kernel;

    public DotNetInteractiveKernel()
    {
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);

        var csharp = new CSharpKernel();
        csharp.UseNugetDirective((kernel, packages) =>
        {
            kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
            return Task.CompletedTask;
        });
        csharp.UseKernelHelpers();
        csharp.UseWho();
        csharp.UseValueSharing();
        _kernel = new CompositeKernel { csharp };
        _kernel.UseImportMagicCommand();
        _kernel.DefaultKernelName = csharp.Name;
    }

    public async Task<CellExecution> SubmitAsync(string source, int executionCount, CancellationToken cancellationToken, Action<string>? onUpdate = null)
    {
        using var updates = onUpdate is null ? null : _kernel.KernelEvents.Subscribe(new UpdateListener(onUpdate));
        var result = await _kernel.SendAsync(new SubmitCode(source), cancellationToken);
        return KernelEventOutputs.From(result.Events, executionCount);
    }

    /// <summary>Hands on the plain text of each displayed value updated, as it happens (events arrive on the cell's threads).</summary>
    private sealed class UpdateListener(Action<string> onUpdate) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value)
        {
            // plain text only: the kernel's own updates (NuGet restore) carry HTML for a notebook's front end
            if (value is DisplayedValueUpdated updated && updated.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType) is { } text)
                onUpdate(text.Value);
        }

        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }

    public void Dispose() => _kernel.Dispose();
}
