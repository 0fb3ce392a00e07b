using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

public class SqlFileTests
{
    [Fact]
    public void Statements_split_on_semicolons_outside_quotes_and_comments_with_their_start_lines()
    {
        var file = new SqlFile("t.sql", "-- header; not a split\nSELECT 'a;b' AS x;\n\n  -- lead\nSELECT \"odd;name\"\nFROM t;\n-- only a comment;\n");
        var statements = file.Statements();
        Assert.Equal([("SELECT 'a;b' AS x", 2), ("SELECT \"odd;name\"\nFROM t", 5)], statements.Select(s => (s.Text, s.StartLine)));
    }

    [Fact]
    public void Named_sections_run_alone_and_an_unknown_name_lists_the_known_ones()
    {
        var file = new SqlFile("h.sql", "-- name: one\nSELECT 1;\n\n-- name: two\n-- text\nSELECT 2;\n");
        Assert.Equal(["one", "two"], file.SectionNames());
        Assert.Equal([("SELECT 2", 6)], file.Section("two").Select(s => (s.Text, s.StartLine)));
        var error = Assert.Throws<ArgumentException>(() => file.Section("three"));
        Assert.Equal("h.sql has no query named 'three'; it has: one, two.", error.Message);
    }

    [Fact]
    public void A_failing_statement_is_reported_with_the_file_and_its_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("schema.sql"), "-- marker\n");
        File.WriteAllText(folder.File("broken.sql"), "-- first\nSELECT 1;\n\nSELECT *\nFROM no_such_table;\n");
        using var session = new SqlSession(SqlDirectory.At(folder.Path));

        var error = Assert.Throws<SqlFileException>(() => session.Query("broken.sql"));

        Assert.Equal(("sql/broken.sql", 5), (error.File, error.Line));
        Assert.StartsWith("sql/broken.sql:5: ", error.Message);
        Assert.Contains("no_such_table", error.Message);
    }

    [Fact]
    public void Values_are_bound_not_pasted()
    {
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        var frame = session.QueryText("SELECT ? AS v", "x'); DROP TABLE t; --");
        Assert.Equal("x'); DROP TABLE t; --", frame["v"][0]);
    }

    [Fact]
    public void Embedded_copies_equal_the_files_in_the_repository()
    {
        var disk = SqlDirectory.At(RepoPaths.Of("sql"));
        Assert.Equal(disk.List(), SqlDirectory.Embedded.List());
        foreach (var file in disk.List())
            Assert.Equal(disk.Read(file).Text, SqlDirectory.Embedded.Read(file).Text);
    }

    /// <summary>The files that run on PostgreSQL too (docs/benchmarks.md, "Past one machine"): none may use what PostgreSQL 15 lacks.</summary>
    [Theory]
    [InlineData("session_terminal.sql")]
    [InlineData("session_returns.sql")]
    [InlineData("outcomes/assumed_resolution.sql")]
    [InlineData("outcomes/no_return.sql")]
    [InlineData("outcomes/no_return_7d.sql")]
    [InlineData("outcomes/escalation_only.sql")]
    [InlineData("outcomes/quiet_success.sql")]
    [InlineData("outcomes/three_tier.sql")]
    [InlineData("outcomes/timeout_contained.sql")]
    [InlineData("session_features.sql")]
    [InlineData("headline.sql")]
    public void Portable_files_use_no_DuckDB_only_construct(string file)
    {
        var code = string.Join("\n", SqlDirectory.At(RepoPaths.Of("sql")).Read(file).Text.Split('\n').Select(line => line.Split("--")[0]));
        string[] duckDbOnly = ["min_by", "max_by", "arg_min", "arg_max", "date_diff", "quantile_cont", "QUALIFY", "::", "CREATE OR REPLACE TABLE", "AS DOUBLE)"];
        var found = duckDbOnly.Where(construct => code.Contains(construct, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 0, $"{file} uses {string.Join(", ", found)}");
    }

    [Fact]
    public void A_hugeint_never_reaches_dotnet_silently()
    {
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        var error = Assert.Throws<NotSupportedException>(() => session.QueryText("SELECT sum(x) AS total FROM range(3) t(x)"));
        Assert.Contains("cast it in SQL", error.Message);
    }
}
