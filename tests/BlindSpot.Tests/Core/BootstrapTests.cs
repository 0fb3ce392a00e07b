using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

public class BootstrapTests
{
    [Fact]
    public void Each_replicate_has_its_own_seeded_stream_so_replicates_do_not_depend_on_how_many_are_drawn()
    {
        var few = Bootstrap.Replicates(3, seed: 7, salt: 1, random => Bootstrap.Resample(random, 10));
        var more = Bootstrap.Replicates(5, seed: 7, salt: 1, random => Bootstrap.Resample(random, 10));
        Assert.Equal(few, more.Take(3));
        Assert.NotEqual(few[0], Bootstrap.Replicates(1, seed: 7, salt: 2, random => Bootstrap.Resample(random, 10))[0]);
        Assert.All(more, rows => Assert.All(rows, i => Assert.InRange(i, 0, 9)));
        Assert.Equal("At least one bootstrap replicate. (Parameter 'replicates')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Replicates(0, 7, 1, _ => 0)).Message);
    }
}
