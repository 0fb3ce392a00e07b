using BlindSpot.Core;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>Under memory options the definitions' models run side by side only when a model sample keeps them small.</summary>
public class SensitivityOneAtATimeTests
{
    private static readonly long SixGb = MemoryBudget.ParseSize("6GB");

    [Theory]
    [InlineData(25_000, 7, false)]    // about 200 MiB together: side by side
    [InlineData(250_000, 7, true)]    // about 2 GiB together, past an eighth of 6 GB
    [InlineData(0, 7, true)]          // every session of a log of any size
    [InlineData(250_000, 1, false)]
    public void With_a_memory_limit(int modelSessions, int definitions, bool oneAtATime) =>
        Assert.Equal(oneAtATime, new SensitivityOptions { DuckDb = new DuckDbOptions(null, "6GB"), ModelSessions = modelSessions }.OneAtATime(definitions, SixGb));

    [Fact]
    public void Without_memory_options_they_always_run_side_by_side() =>
        Assert.False(new SensitivityOptions { ModelSessions = 0 }.OneAtATime(7, SixGb));
}
