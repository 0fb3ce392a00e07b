namespace BlindSpot.Core;

/// <summary>
/// One rule for where a run may write: every output path (an output folder, a site, a quarantine, a spill file) is
/// resolved with symbolic links followed, and refused when it lies inside anything the user gave to be read. A name
/// that merely starts with two dots (<c>..x</c>) is a folder like any other, not a way out.
/// </summary>
public static class OutputPlace
{
    /// <summary>The absolute path with every symbolic link along it followed (the part that does not exist yet kept as written).</summary>
    public static string Real(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                next = Real(target.FullName);
            real = next;
        }
        return real;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it, both with their links followed.</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Real(folder), Real(path));
        return relative == "." || !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    /// <summary>
    /// Why <paramref name="output"/> may not be written (it lies inside one of <paramref name="inputs"/>, each a file or a
    /// folder that is only read; a file counts as its folder when <c>Folder</c> is true), or null.
    /// </summary>
    public static string? Refusal(string output, string what, params (string Path, string What)[] inputs)
    {
        foreach (var (input, name) in inputs)
            if (IsInside(output, input))
                return $"{what} {output} lies inside {name} {input}, which is only read: choose a place outside it";
        return null;
    }

    /// <summary>The first refusal among several outputs (a null or empty path is not written, so not checked), or null.</summary>
    public static string? FirstRefusal(IEnumerable<(string? Path, string What)> outputs, params (string Path, string What)[] inputs)
    {
        foreach (var (output, what) in outputs)
            if (!string.IsNullOrEmpty(output) && Refusal(output, what, inputs) is { } refusal)
                return refusal;
        return null;
    }
}
