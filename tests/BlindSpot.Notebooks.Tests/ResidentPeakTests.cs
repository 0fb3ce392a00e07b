using BlindSpot.Notebooks.Execution;

namespace BlindSpot.Notebooks.Tests;

/// <summary>A notebook's peak is the memory it held at its highest, not the process's since it started.</summary>
public class ResidentPeakTests
{
    [Fact]
    public void The_peak_sees_memory_held_for_a_moment_and_given_back()
    {
        var before = Environment.WorkingSet;
        using var peak = ResidentPeak.Start(everyMilliseconds: 5);
        var block = new byte[300 * 1024 * 1024];
        for (var i = 0; i < block.Length; i += 4096) block[i] = 1; // touched: resident, not just reserved
        Thread.Sleep(50);
        GC.KeepAlive(block);
        block = null;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        Assert.True(peak.Bytes >= before + 250L * 1024 * 1024, $"peak {peak.Bytes:N0} bytes, {before:N0} before");
        Assert.True(peak.Bytes >= Environment.WorkingSet);
    }

    [Fact]
    public void The_tree_counts_what_a_child_process_holds_and_stops_counting_it_when_it_ends()
    {
        if (!OperatingSystem.IsLinux()) return;
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3", ["-c", "import sys, time; b = b'x' * (400 * 1024 * 1024); print('held', flush=True); time.sleep(30)"])
        {
            RedirectStandardOutput = true,
        };
        using var child = System.Diagnostics.Process.Start(start)!;
        try
        {
            Assert.Equal("held", child.StandardOutput.ReadLine());
            var childAlone = ProcessTree.ResidentBytes(child.Id);
            var tree = ProcessTree.ResidentBytes(Environment.ProcessId);
            Assert.True(childAlone >= 400L * 1024 * 1024, $"the child holds {childAlone:N0} bytes");
            Assert.True(tree >= childAlone + Environment.WorkingSet / 2, $"{tree:N0} bytes in the tree, {childAlone:N0} in the child, {Environment.WorkingSet:N0} here");
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
        Assert.True(ProcessTree.ResidentBytes(Environment.ProcessId) < Environment.WorkingSet + 200L * 1024 * 1024);
    }
}
