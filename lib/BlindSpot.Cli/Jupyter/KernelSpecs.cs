using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlindSpot.Cli.Jupyter;

/// <summary>
/// The .NET Interactive kernelspecs (<c>.net-csharp</c>, <c>.net-fsharp</c>, <c>.net-powershell</c>) that
/// <c>dotnet interactive jupyter install</c> writes. As written, the kernel's HTTP API (its <c>/kernelhub</c>
/// endpoint takes kernel commands) listens on every interface; <c>--http-local-only</c> keeps it on loopback.
/// </summary>
public static class KernelSpecs
{
    public const string LoopbackOnly = "--http-local-only";

    /// <summary>The kernel.json files of the .NET kernels in a Jupyter kernels folder.</summary>
    public static IReadOnlyList<string> DotnetKernelFiles(string kernelsFolder) =>
        !Directory.Exists(kernelsFolder)
            ? []
            : Directory.GetDirectories(kernelsFolder, ".net-*")
                .Select(dir => Path.Combine(dir, "kernel.json"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>
    /// Adds <c>--http-local-only</c> to the kernel's argv when it is missing. Returns true when the file was
    /// changed, false when it already kept the kernel on loopback.
    /// </summary>
    public static bool MakeLoopbackOnly(string kernelJson)
    {
        JsonObject spec;
        try
        {
            spec = JsonNode.Parse(File.ReadAllText(kernelJson)) as JsonObject
                ?? throw new InvalidDataException($"{kernelJson} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{kernelJson} is not valid JSON: {e.Message}", e);
        }
        if (spec["argv"] is not JsonArray argv || argv.Count == 0)
            throw new InvalidDataException($"{kernelJson} has no \"argv\" list");
        var args = argv.Select(a => a?.GetValue<string>()).ToList();
        if (args.Contains(LoopbackOnly)) return false;

        var connectionFile = args.IndexOf("{connection_file}");
        argv.Insert(connectionFile < 0 ? argv.Count : connectionFile + 1, LoopbackOnly);
        File.WriteAllText(kernelJson, spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return true;
    }
}
