using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using BlindSpot.Cli.Jupyter;
using BlindSpot.Display;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// The notebooks load the library from one build, <c>#r "../lib/BlindSpot/bin/Debug/net10.0/BlindSpot.dll"</c>, so
/// that Jupyter, VS Code and the headless runner run the same file. Before the first cell, run and reproduce make
/// sure that file exists and is current: when it is not the very assembly this command runs on (a Release build,
/// a missing or stale Debug build), they build it with `dotnet build lib/BlindSpot -c Debug` (incremental: a few
/// seconds when nothing changed) and say so. Returns why it could not, naming the command to run, or null.
/// </summary>
public static partial class LibraryBuild
{
    [GeneratedRegex("""^\s*#r\s+"(?<path>[^"]*[/\\]bin[/\\](?<config>[^/\\"]+)[/\\][^/\\"]+[/\\]BlindSpot\.dll)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex LibraryReference();

    public static string? EnsureCurrent(IEnumerable<string> notebooks, TextWriter progress)
    {
        var loaded = typeof(NotebookDisplay).Assembly.ManifestModule.ModuleVersionId;
        foreach (var (dll, configuration) in References(notebooks))
        {
            if (File.Exists(dll) && Mvid(dll) == loaded) continue;
            var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", ".."));
            var csproj = Path.Combine(project, "BlindSpot.csproj");
            var command = $"dotnet build {Progress.Shown(project)} -c {configuration}";
            if (!File.Exists(csproj))
                return File.Exists(dll) ? null : $"the notebooks load {dll}, which does not exist, and there is no project to build it from";

            progress.Write($"building the library the notebooks load ({command}) ... ");
            var watch = Stopwatch.StartNew();
            var build = ExternalCommand.Run(project, "dotnet", "build", csproj, "-c", configuration, "--nologo", "-v", "q");
            if (!build.Succeeded)
            {
                progress.WriteLine("failed");
                return $"the notebooks load {Progress.Shown(dll)}, and `{command}` failed; run it to see why:\n{build.Tail()}";
            }
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {watch.Elapsed.TotalSeconds:0.0}s"));
        }
        return null;
    }

    /// <summary>The BlindSpot.dll files the notebooks reference, with the build configuration in their path.</summary>
    private static IEnumerable<(string Dll, string Configuration)> References(IEnumerable<string> notebooks) =>
        notebooks
            .SelectMany(path => NotebookFile.Read(path).Cells.Where(c => c.IsCode)
                .SelectMany(c => LibraryReference().Matches(c.Source))
                .Select(m => (Dll: Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, m.Groups["path"].Value)),
                              Configuration: m.Groups["config"].Value)))
            .Distinct();

    /// <summary>The build of the library this command runs (and the notebooks load once <see cref="EnsureCurrent"/> has run).</summary>
    public static string LoadedVersion() => typeof(BlindSpot.Core.Interval).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static Guid Mvid(string dll)
    {
        using var pe = new PEReader(File.OpenRead(dll));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
