using System.Reflection;

namespace BlindSpot.Sql;

/// <summary>
/// Where the SQL files come from: the repository's <c>sql/</c> folder when one is found above the working
/// directory (so an edit takes effect on the next run, no rebuild), otherwise the copies embedded in this
/// library at build time (so the library also works outside the repository).
/// </summary>
public sealed class SqlDirectory
{
    private readonly string? _folder;

    private SqlDirectory(string? folder) => _folder = folder;

    /// <summary>The folder files are read from, or null when the embedded copies are used.</summary>
    public string? Folder => _folder;

    public static SqlDirectory Find(string? startFolder = null)
    {
        for (var dir = new DirectoryInfo(startFolder ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sql");
            if (File.Exists(Path.Combine(candidate, "schema.sql"))) return new SqlDirectory(candidate);
        }
        return Embedded;
    }

    public static SqlDirectory At(string folder) =>
        Directory.Exists(folder) ? new SqlDirectory(folder) : throw new DirectoryNotFoundException($"SQL folder not found: {folder}");

    public static SqlDirectory Embedded { get; } = new(null);

    /// <summary>A file by its path relative to <c>sql/</c>, e.g. <c>outcomes/three_tier.sql</c>.</summary>
    public SqlFile Read(string relativePath)
    {
        var name = "sql/" + relativePath.Replace('\\', '/');
        if (_folder is not null)
        {
            var path = Path.Combine(_folder, relativePath);
            if (!File.Exists(path)) throw new FileNotFoundException($"{name} not found in {_folder}. Known: {string.Join(", ", List())}", path);
            return new SqlFile(name, File.ReadAllText(path));
        }
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"{name} is not embedded in the library. Known: {string.Join(", ", List())}");
        using var reader = new StreamReader(stream);
        return new SqlFile(name, reader.ReadToEnd());
    }

    /// <summary>Relative paths of every SQL file, sorted.</summary>
    public IReadOnlyList<string> List(string subfolder = "")
    {
        if (_folder is not null)
        {
            var root = Path.Combine(_folder, subfolder);
            if (!Directory.Exists(root)) return [];
            return Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(_folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        }
        var prefix = "sql/" + (subfolder.Length > 0 ? subfolder.TrimEnd('/') + "/" : "");
        return Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n["sql/".Length..]).Order(StringComparer.Ordinal).ToList();
    }
}
