using System.Globalization;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// The resident memory of a process and every process below it, read from Linux's <c>/proc</c>: what a machine's
/// limit is measured against when a run starts other processes (a kernel of its own, a browser for figures), which
/// a process's own peak, or <c>/usr/bin/time</c>'s, does not count. Elsewhere, this process's working set.
/// </summary>
public static class ProcessTree
{
    public static long ResidentBytes(int rootPid)
    {
        if (!Directory.Exists("/proc/self")) return Environment.WorkingSet;
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
                parents[pid] = parent;
        long total = 0;
        foreach (var pid in parents.Keys)
            if (pid == rootPid || Descends(pid, rootPid, parents)) total += ResidentOf(pid);
        return total;
    }

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var steps = 0; steps < 64 && parents.TryGetValue(pid, out var parent) && parent > 1; steps++)
        {
            if (parent == root) return true;
            pid = parent;
        }
        return false;
    }

    /// <summary>The fourth field of <c>/proc/PID/stat</c>, after the command name in parentheses (which may hold spaces).</summary>
    private static int? ParentOf(int pid)
    {
        var stat = ReadOrNull($"/proc/{pid}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        if (close < 0) return null;
        var fields = stat![(close + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    /// <summary>Resident pages × page size, from <c>/proc/PID/statm</c>; 0 for a process that ended meanwhile.</summary>
    private static long ResidentOf(int pid)
    {
        var fields = ReadOrNull($"/proc/{pid}/statm")?.Split(' ');
        return fields is { Length: > 1 } && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)
            ? pages * Environment.SystemPageSize
            : 0;
    }

    private static string? ReadOrNull(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
