using System.Reflection;
using System.Xml.Linq;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// The central package pins (Directory.Packages.props): found by walking up from a folder, or the copy
/// embedded in this assembly at build time when no file is found.
/// </summary>
public sealed class PackagePins
{
    public const string FileName = "Directory.Packages.props";
    private const string EmbeddedName = "BlindSpot.Notebooks.Directory.Packages.props";

    private readonly Dictionary<string, string> _versions;

    public PackagePins(IReadOnlyDictionary<string, string> versions, string source)
    {
        _versions = new Dictionary<string, string>(versions, StringComparer.OrdinalIgnoreCase);
        Source = source;
    }

    /// <summary>Where the pins came from (a file name or "embedded copy"), for messages.</summary>
    public string Source { get; }

    public IReadOnlyDictionary<string, string> Versions => _versions;

    public string? VersionOf(string package) => _versions.GetValueOrDefault(package);

    public static PackagePins Parse(string xml, string source)
    {
        var doc = XDocument.Parse(xml);
        var pins = doc.Descendants()
            .Where(e => e.Name.LocalName == "PackageVersion")
            .Select(e => (Name: (string?)e.Attribute("Include"), Version: (string?)e.Attribute("Version")))
            .Where(p => p.Name is not null && p.Version is not null)
            .ToDictionary(p => p.Name!, p => p.Version!, StringComparer.OrdinalIgnoreCase);
        return new PackagePins(pins, source);
    }

    public static PackagePins Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return Parse(File.ReadAllText(candidate), FileName);
        }
        return Embedded();
    }

    public static PackagePins Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"the embedded copy of {FileName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"{FileName} (embedded copy)");
    }
}
