using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
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

    public async Task<CellExecution> SubmitAsync(string source, int executionCount, CancellationToken cancellationToken)
    {
        var result = await _kernel.SendAsync(new SubmitCode(source), cancellationToken);
        return KernelEventOutputs.From(result.Events, executionCount);
    }

    public void Dispose() => _kernel.Dispose();
}
