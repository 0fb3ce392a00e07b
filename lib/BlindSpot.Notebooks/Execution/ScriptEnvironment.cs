using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// The references and imports every notebook script starts with: the framework, the runner's own
/// copies of the pinned analysis packages and the BlindSpot library, and the kernel API.
/// </summary>
public static class ScriptEnvironment
{
    /// <summary>Stands for "the BlindSpot library already loaded by the runner" in a cell's assembly list.</summary>
    public const string LoadedLibraryMarker = "<loaded BlindSpot library>";

    public static readonly IReadOnlyList<string> Imports =
    [
        "System",
        "System.IO",
        "System.Linq",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "BlindSpot.Notebooks.Scripting",
        "BlindSpot.Notebooks.Scripting.KernelApi",
    ];

    /// <summary>Assemblies of the pinned packages (and what their public APIs expose) that scripts may use.</summary>
    private static readonly string[] RunnerAssemblies =
    [
        "BlindSpot",
        "BlindSpot.Notebooks",
        "Microsoft.Data.Analysis",
        "Microsoft.ML",
        "Microsoft.ML.Core",
        "Microsoft.ML.Data",
        "Microsoft.ML.DataView",
        "Microsoft.ML.StandardTrainers",
        "Microsoft.ML.Transforms",
        "Microsoft.ML.KMeansClustering",
        "Microsoft.ML.PCA",
        "Microsoft.ML.FastTree",
        "Microsoft.ML.LightGbm",
        "XPlot.Plotly",
        "FSharp.Core",
        "Newtonsoft.Json",
        "DuckDB.NET.Data",
        "DuckDB.NET.Bindings",
        "Apache.Arrow",
    ];

    private static readonly Lazy<ScriptOptions> Base = new(Build);

    public static ScriptOptions Options(string notebookDirectory) => Base.Value
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory))
        .WithSourceResolver(new SourceFileResolver([], notebookDirectory));

    private static ScriptOptions Build()
    {
        var framework = FrameworkAssemblyPaths()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var loaded = RunnerAssemblies.Select(TryLoad).OfType<Assembly>().ToArray();
        return ScriptOptions.Default
            .WithReferences(framework)
            .AddReferences(loaded)
            .WithImports(Imports)
            .WithAllowUnsafe(false)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
    }

    private static Assembly? TryLoad(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (IOException) { return null; }
    }

    /// <summary>The managed assemblies of the shared framework this process runs on.</summary>
    private static IEnumerable<string> FrameworkAssemblyPaths()
    {
        var dir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return tpa.Where(p => string.Equals(Path.GetDirectoryName(p), dir, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }
}
