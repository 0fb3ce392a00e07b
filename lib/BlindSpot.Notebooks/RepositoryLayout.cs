namespace BlindSpot.Notebooks;

/// <summary>Finds the repository root (the folder holding Analysis.sln) and its notebooks folder.</summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "Analysis.sln";
    public const string NotebooksFolder = "notebooks";

    public static string? FindRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }

    /// <summary>./notebooks if present, else notebooks/ under the repository root; null if neither exists.</summary>
    public static string? FindNotebooks(string startDirectory)
    {
        var local = Path.Combine(Path.GetFullPath(startDirectory), NotebooksFolder);
        if (Directory.Exists(local)) return local;
        var root = FindRoot(startDirectory);
        var underRoot = root is null ? null : Path.Combine(root, NotebooksFolder);
        return underRoot is not null && Directory.Exists(underRoot) ? underRoot : null;
    }

    /// <summary>The .ipynb files of a folder in name order (ordinal, so 01-… before 02-…).</summary>
    public static IReadOnlyList<string> NotebooksIn(string directory) =>
        [.. Directory.GetFiles(directory, "*.ipynb").Order(StringComparer.Ordinal)];
}
