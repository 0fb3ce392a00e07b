using BlindSpot.Cli.Postgres;

namespace BlindSpot.Tests.Postgres;

/// <summary>
/// One throwaway PostgreSQL cluster for every test of the collection, started on first use and stopped and deleted when
/// the collection ends, failed tests included. Each test takes a database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly Lazy<ThrowawayPostgres> _cluster = new(ThrowawayPostgres.Start);

    /// <summary>A new empty database's connection string (holding the cluster's random password).</summary>
    public string NewDatabase() => _cluster.Value.ConnectionString(_cluster.Value.CreateDatabase());

    public void Dispose()
    {
        if (_cluster.IsValueCreated) _cluster.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}

/// <summary>
/// Why a test that needs a PostgreSQL server it starts itself is skipped: the server tools are missing here. Null in CI
/// (the CI environment variable set): there such a test runs and fails on the missing tools, never passing silently.
/// </summary>
public static class PostgresSkip
{
    public static string? Reason { get; } =
        ThrowawayPostgres.MissingTools() is { } missing && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"needs a PostgreSQL server it starts itself, but {missing}"
            : null;
}

public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresSkip.Reason;
}

public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresSkip.Reason;
}
