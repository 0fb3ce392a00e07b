using BlindSpot.Cli.Postgres;
using BlindSpot.Core;

namespace BlindSpot.Tests.Postgres;

/// <summary>The parity check itself: it must see each kind of difference the parity tests rely on it to see.</summary>
public class FeatureComparisonTests
{
    private const string Expected =
        "SELECT * FROM (VALUES ('a', 1, 0.25::DOUBLE, NULL::BIGINT), ('b', 2, 0.5, 7), ('c', 3, NULL, 8)) t(session_id, n, x, y)";

    [Theory]
    [InlineData("the same rows", Expected, null)]
    [InlineData("a float within 1e-12", "SELECT * REPLACE (CASE WHEN session_id = 'b' THEN x + 1e-13 ELSE x END AS x) FROM (" + Expected + ")", null)]
    [InlineData("a float off by 1e-9", "SELECT * REPLACE (CASE WHEN session_id = 'b' THEN x + 1e-9 ELSE x END AS x) FROM (" + Expected + ")",
        "row 2 (b), x DOUBLE: expected 0.5, got 0.500000001")]
    [InlineData("a NULL moved", "SELECT * REPLACE (CASE WHEN session_id = 'a' THEN 0 ELSE y END AS y) FROM (" + Expected + ")",
        "row 1 (a), y BIGINT: expected NULL, got 0")]
    [InlineData("two rows swapped", "SELECT * FROM (" + Expected + ") ORDER BY session_id DESC", "row 1 (a), session_id VARCHAR: expected a, got c")]
    [InlineData("a row missing", "SELECT * FROM (" + Expected + ") WHERE session_id <> 'c'", "row count differs: expected 3, got 2")]
    [InlineData("another integer type", "SELECT * REPLACE (CAST(n AS BIGINT) AS n) FROM (" + Expected + ")",
        "columns differ: expected session_id VARCHAR, n INTEGER, x DOUBLE, y BIGINT; got session_id VARCHAR, n BIGINT, x DOUBLE, y BIGINT")]
    public void Sees_every_kind_of_difference_and_tolerates_only_float_rounding(string _, string actualQuery, string? firstDifference)
    {
        using var folder = new TempFolder();
        using var db = DuckDb.OpenInMemory();
        db.Execute($"COPY ({Expected}) TO {DuckDb.Literal(folder.File("expected.parquet"))} (FORMAT parquet)");
        db.Execute($"COPY ({actualQuery}) TO {DuckDb.Literal(folder.File("actual.parquet"))} (FORMAT parquet)");

        var differences = FeatureParity.Differences(folder.File("expected.parquet"), folder.File("actual.parquet"));

        if (firstDifference is null) Assert.Empty(differences);
        else Assert.Equal(firstDifference, differences[0]);
    }
}
