using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

public class FindingsStoreTests
{
    public sealed record SampleFindings(double Score, double? Missing, SortedDictionary<string, double> ByGroup) : IFindings
    {
        public static string Stage => "09-sample";

        public static int SchemaVersion => 2;
    }

    private static SampleFindings Sample() => new(0.1 + 0.2, null, new(StringComparer.Ordinal) { ["b"] = 2, ["a"] = 1 });

    [Fact]
    public void Findings_round_trip_as_snake_case_json_with_a_schema_version_and_identical_bytes()
    {
        using var folder = new TempFolder();
        var store = new FindingsStore(folder.Path);

        var path = store.Save(Sample());
        var first = File.ReadAllText(path);
        store.Save(Sample());

        Assert.Equal(Path.Combine(folder.Path, "09-sample.json"), path);
        Assert.Equal(first, File.ReadAllText(path));
        Assert.Equal(
            "{\n  \"schema_version\": 2,\n  \"stage\": \"09-sample\",\n  \"findings\": {\n    \"score\": 0.30000000000000004,\n" +
            "    \"missing\": null,\n    \"by_group\": {\n      \"a\": 1,\n      \"b\": 2\n    }\n  }\n}\n",
            first.Replace("\r\n", "\n"));
        var loaded = store.Require<SampleFindings>();
        Assert.Equal(0.1 + 0.2, loaded.Score);
        Assert.Null(loaded.Missing);
        Assert.Equal(["a", "b"], loaded.ByGroup.Keys);
    }

    [Fact]
    public void A_missing_file_names_the_notebook_to_run()
    {
        using var folder = new TempFolder();
        var store = new FindingsStore(folder.Path);

        Assert.Null(store.Load<SampleFindings>());
        var error = Assert.Throws<FileNotFoundException>(() => store.Require<SampleFindings>());
        Assert.Contains("run notebooks/09-sample.ipynb first", error.Message);
    }

    [Fact]
    public void A_file_of_another_schema_version_is_refused_with_the_notebook_to_rerun()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "09-sample.json"), "{\"schema_version\": 1, \"stage\": \"09-sample\", \"findings\": {\"score\": 1}}");

        var error = Assert.Throws<InvalidDataException>(() => new FindingsStore(folder.Path).Load<SampleFindings>());
        Assert.EndsWith("has schema version 1, this library reads 2: run notebooks/09-sample.ipynb again.", error.Message);
    }
}
