using System.Text.Json.Nodes;

namespace BlindSpot.Cli.Jupyter;

/// <summary>
/// The Microsoft.dotnet-interactive tool pinned in .config/dotnet-tools.json: the kernel Jupyter starts.
/// Restoring it needs NuGet's feed once; after that the NuGet cache serves it offline.
/// </summary>
public sealed record InteractiveTool(string Version, string CacheFolder)
{
    public const string PackageId = "microsoft.dotnet-interactive";

    public static InteractiveTool Pinned(string root)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        var version = (JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?[PackageId]?["version"]?.GetValue<string>())
            ?? throw new InvalidDataException($"{manifest} does not pin {PackageId}");
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return new InteractiveTool(version, Path.Combine(packages, PackageId, version));
    }

    public bool InCache => Directory.Exists(CacheFolder);

    /// <summary>Why `dotnet tool restore` failed, in words that say what to do.</summary>
    public string RestoreFailure(ExternalCommand.Result restore) =>
        InCache
            ? $"`dotnet tool restore` failed although {PackageId} {Version} is in the NuGet cache ({CacheFolder}):\n{restore.Tail()}"
            : $"`dotnet tool restore` could not fetch {PackageId} {Version} (pinned in .config/dotnet-tools.json): it is not " +
              $"in the NuGet cache ({CacheFolder}) and NuGet's feed did not answer. Run `dotnet tool restore` once with " +
              $"network access (or copy that package folder from a machine that has it); after that it works offline.\n{restore.Tail()}";
}
