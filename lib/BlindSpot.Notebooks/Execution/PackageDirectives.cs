using System.Text.RegularExpressions;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// Checks a cell's <c>#r "nuget: Name, Version"</c> lines against the central pins before the kernel restores
/// them, so a notebook cannot drift from the versions the library is built and tested with.
/// </summary>
public static partial class PackageDirectives
{
    /// <summary>The first broken directive as "(line,1): message" (line within the cell), or null when all match.</summary>
    public static string? FindViolation(string source, PackagePins pins)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (NugetLine().Match(lines[i].Trim()) is not { Success: true } m) continue;
            var parts = m.Groups["spec"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var problem = Check(parts.ElementAtOrDefault(0) ?? "", parts.ElementAtOrDefault(1), pins);
            if (problem is not null) return $"({i + 1},1): {problem}";
        }
        return null;
    }

    private static string? Check(string name, string? version, PackagePins pins)
    {
        var pinned = pins.VersionOf(name);
        if (pinned is null)
            return $"package '{name}'{(version is null ? "" : $" {version}")} is not pinned in {pins.Source}; " +
                   $"pinned packages: {string.Join(", ", pins.Versions.Keys.Order(StringComparer.Ordinal))}";
        if (version is null)
            return $"package '{name}' has no version; write #r \"nuget: {name}, {pinned}\" (the pin in {pins.Source})";
        if (!string.Equals(version, pinned, StringComparison.OrdinalIgnoreCase))
            return $"package '{name}' version {version} differs from the pin {pinned} in {pins.Source}";
        return null;
    }

    [GeneratedRegex("^#r\\s+\"nuget:(?<spec>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex NugetLine();
}
