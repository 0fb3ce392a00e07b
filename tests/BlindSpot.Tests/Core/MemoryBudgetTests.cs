using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

public class MemoryBudgetTests
{
    [Theory]
    [InlineData("4GB", 4_000_000_000L)]
    [InlineData("4GiB", 4L << 30)]
    [InlineData("512MB", 512_000_000L)]
    [InlineData("1.5 GB", 1_500_000_000L)]
    [InlineData("8gib", 8L << 30)]
    public void Sizes_are_read_as_DuckDB_reads_them(string size, long bytes) => Assert.Equal(bytes, MemoryBudget.ParseSize(size));

    [Fact]
    public void A_size_DuckDB_would_not_read_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => MemoryBudget.ParseSize("four gigs"));
        Assert.Equal("Memory limit 'four gigs' is not a size such as 512MB or 4GB.", e.Message);
    }

    [Fact]
    public void The_cross_validation_estimate_grows_with_sessions_columns_and_folds_at_once()
    {
        var million = MemoryBudget.CrossValidation(1_000_000, 40, 5, 2).Bytes;
        Assert.True(MemoryBudget.CrossValidation(10_000_000, 40, 5, 2).Bytes > 5 * million);
        Assert.True(MemoryBudget.CrossValidation(1_000_000, 80, 5, 2).Bytes > million);
        Assert.True(MemoryBudget.CrossValidation(1_000_000, 40, 5, 4).Bytes > million);
    }

    [Fact]
    public void Cross_validation_that_cannot_fit_refuses_before_it_starts_saying_what_it_needs()
    {
        // ten million sessions with the 25 feature columns of the simulated log, two folds at once (two cores)
        var need = MemoryBudget.CrossValidation(10_000_000, 25, 5, 2);
        var e = Assert.Throws<InsufficientMemoryException>(() => MemoryBudget.EnsureFits(need, MemoryBudget.ParseSize("8GB")));
        Assert.Equal(
            "cross-validation needs about 9.4 GiB for 10,000,000 sessions (the feature matrix 2.0 GiB, 2 fold(s) at once 5.1 GiB, " +
            "out-of-fold predictions 2.0 GiB, runtime 300 MiB); the limit is 7.5 GiB: raise --memory-limit (in a notebook, memoryLimit) " +
            "or run on a sample of the sessions.", e.Message);
        MemoryBudget.EnsureFits(need, MemoryBudget.ParseSize("12GB")); // fits: no exception

        // one fold at a time, as cross-validation tries next, under 6 GB (the example of docs/cli.md)
        var one = Assert.Throws<InsufficientMemoryException>(() =>
            MemoryBudget.EnsureFits(MemoryBudget.CrossValidation(10_000_000, 25, 5, 1), MemoryBudget.ParseSize("6GB")));
        Assert.Equal(
            "cross-validation needs about 6.8 GiB for 10,000,000 sessions (the feature matrix 2.0 GiB, 1 fold(s) at once 2.5 GiB, " +
            "out-of-fold predictions 2.0 GiB, runtime 300 MiB); the limit is 5.6 GiB: raise --memory-limit (in a notebook, memoryLimit) " +
            "or run on a sample of the sessions.", one.Message);
    }

    [Fact]
    public void Without_a_limit_the_refusal_names_the_machine()
    {
        var need = MemoryBudget.Audit(100_000_000);
        Assert.Equal(
            "the audit needs about 24.5 GiB for 100,000,000 sessions (rows 24.2 GiB, runtime 300 MiB); this machine has 8.0 GiB: " +
            "run it on a larger machine or on a sample of the sessions.",
            MemoryBudget.Refusal(need, 8L << 30, machine: true));
    }
}

public class FoldsAtOnceTests
{
    private static readonly BlindSpot.Modeling.ModelingOptions Options = new() { Learners = [BlindSpot.Modeling.BoostedTreesLearner.Id], ShuffledControl = false };

    [Fact]
    public void Cross_validation_fits_fewer_folds_at_once_when_that_is_what_the_budget_allows_and_refuses_below_one()
    {
        var data = BlindSpot.Tests.Modeling.SyntheticData.Make(perClass: 20);
        long Need(int n) => BlindSpot.Modeling.ModelingStage.Need(data, Options, n).Bytes;

        Assert.Equal(2, BlindSpot.Modeling.ModelingStage.FoldsAtOnce(data, Options, budget: Need(2), cores: 2));
        Assert.Equal(1, BlindSpot.Modeling.ModelingStage.FoldsAtOnce(data, Options, budget: Need(2) - 1, cores: 2));
        Assert.Equal(3, BlindSpot.Modeling.ModelingStage.FoldsAtOnce(data, Options, budget: Need(3), cores: 4));
        var e = Assert.Throws<InsufficientMemoryException>(() => BlindSpot.Modeling.ModelingStage.FoldsAtOnce(data, Options, budget: Need(1) - 1, cores: 2));
        Assert.StartsWith($"cross-validation needs about {MemoryBudget.Text(Need(1))} for {data.Count:N0} sessions", e.Message);
    }
}
