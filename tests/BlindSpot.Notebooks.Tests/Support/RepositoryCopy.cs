using BlindSpot.Display;

namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>
/// What a fresh clone has for the notebooks after the README's commands: notebooks/, sql/, the props, the tool
/// manifest, of data/ only the committed turn log, and the built library where the notebooks' first cell
/// references it. Derived files a developer has in data/ must not make a notebook pass here that fails on a
/// clean machine.
/// </summary>
public static class RepositoryCopy
{
    public const string LibraryPath = "lib/BlindSpot/bin/Debug/net10.0/BlindSpot.dll";

    public static void Make(string root, string target)
    {
        foreach (var file in new[] { "Analysis.sln", "Directory.Packages.props", "Directory.Build.props", ".config/dotnet-tools.json" })
        {
            if (!File.Exists(Path.Combine(root, file))) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
            File.Copy(Path.Combine(root, file), Path.Combine(target, file));
        }
        foreach (var folder in new[] { "notebooks", "sql" })
            CopyFolder(Path.Combine(root, folder), Path.Combine(target, folder));
        Directory.CreateDirectory(Path.Combine(target, "data"));
        File.Copy(Path.Combine(root, "data", "turns.csv"), Path.Combine(target, "data", "turns.csv"));
        // The seed sweep's committed tables: the summary reads them (it never runs the sweep).
        CopyFolder(Path.Combine(root, "data", "sweep"), Path.Combine(target, "data", "sweep"));
        var library = Path.Combine(target, LibraryPath);
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        File.Copy(typeof(NotebookDisplay).Assembly.Location, library);
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var sub in Directory.GetDirectories(from)) CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
    }
}
