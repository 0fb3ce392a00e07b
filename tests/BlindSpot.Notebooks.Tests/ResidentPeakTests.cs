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
}
