using BlindSpot.Logs;

namespace BlindSpot.Tests.Postgres;

public class ConnectionStringTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=logs;Username=analyst", true)]
    [InlineData("host=db.internal;database=logs;username=analyst;password=secret", true)]
    [InlineData("Database=logs;Username=analyst", false)]
    [InlineData("data/turns.csv", false)]
    [InlineData("turns/date=2026-03-02", false)]
    public void A_source_is_a_connection_string_only_when_it_names_a_host(string source, bool isConnectionString) =>
        Assert.Equal(isConnectionString, PostgresTurnLog.IsConnectionString(source));

    [Fact]
    public void An_existing_file_is_a_file_whatever_its_name()
    {
        using var folder = new TempFolder();
        var path = folder.File("Host=x;Port=1.csv");
        File.WriteAllText(path, "");
        Assert.False(PostgresTurnLog.IsConnectionString(path));
    }

    [Theory]
    [InlineData("turns", "\"turns\"")]
    [InlineData("odd\"name", "\"odd\"\"name\"")]
    public void Identifiers_are_quoted_with_inner_quotes_doubled(string name, string quoted) =>
        Assert.Equal(quoted, PostgresTurnLog.QuoteIdentifier(name));
}
