using System.Text.RegularExpressions;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// Handles the notebook-only lines of a code cell before Roslyn sees it: <c>#!csharp</c> / <c>#!markdown</c>
/// kernel magics and <c>#r</c> references. Each handled line becomes a blank line, so compiler line
/// numbers still match the cell.
/// </summary>
public sealed partial class CellPreprocessor(PackagePins pins, string notebookDirectory)
{
    public CellPlan Process(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var dlls = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var kernel = line[2..].Trim().Split(' ', 2)[0];
                if (kernel is "markdown" or "md") return CellPlan.Skip;
                if (kernel is not ("csharp" or "c#" or "C#"))
                    throw new CellDirectiveException(i + 1,
                        $"'#!{kernel}' asks for another kernel; this runner executes C# only (#!csharp) and skips #!markdown cells");
                lines[i] = "";
            }
            else if (ReferenceLine().Match(line) is { Success: true } m)
            {
                var target = m.Groups["target"].Value.Trim();
                if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                    CheckPackage(i + 1, target["nuget:".Length..]);
                else
                    dlls.Add(ResolveDll(i + 1, target));
                lines[i] = "";
            }
        }
        return new CellPlan(string.Join('\n', lines), dlls, Skipped: false);
    }

    private void CheckPackage(int line, string spec)
    {
        var parts = spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = parts.ElementAtOrDefault(0) ?? "";
        var version = parts.ElementAtOrDefault(1);
        var pinned = pins.VersionOf(name);
        if (pinned is null)
            throw new CellDirectiveException(line,
                $"package '{name}'{(version is null ? "" : $" {version}")} is not pinned in {pins.Source}; " +
                $"pinned packages: {string.Join(", ", pins.Versions.Keys.Order(StringComparer.Ordinal))}");
        if (version is null)
            throw new CellDirectiveException(line,
                $"package '{name}' has no version; write #r \"nuget: {name}, {pinned}\" (the pin in {pins.Source})");
        if (!string.Equals(version, pinned, StringComparison.OrdinalIgnoreCase))
            throw new CellDirectiveException(line,
                $"package '{name}' version {version} differs from the pin {pinned} in {pins.Source}");
    }

    /// <summary>The built BlindSpot library maps to the loaded one; other assemblies load relative to the notebook.</summary>
    private string ResolveDll(int line, string path)
    {
        if (Path.GetFileName(path.Replace('\\', '/')).Equals("BlindSpot.dll", StringComparison.OrdinalIgnoreCase))
            return ScriptEnvironment.LoadedLibraryMarker;
        var full = Path.GetFullPath(Path.Combine(notebookDirectory, path));
        if (!File.Exists(full)) throw new CellDirectiveException(line, $"#r: assembly not found: {path} (resolved to {Path.GetFileName(full)} next to the notebook)");
        return full;
    }

    [GeneratedRegex("^#r\\s+\"(?<target>[^\"]*)\"\\s*(//.*)?$")]
    private static partial Regex ReferenceLine();
}

/// <summary>What to run for one cell: the code (directives blanked) and extra assemblies to reference.</summary>
public sealed record CellPlan(string Code, IReadOnlyList<string> Assemblies, bool Skipped)
{
    public static readonly CellPlan Skip = new("", [], Skipped: true);
}

/// <summary>A directive line that cannot be honoured; <see cref="Line"/> is relative to the cell (0 = unknown).</summary>
public sealed class CellDirectiveException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
