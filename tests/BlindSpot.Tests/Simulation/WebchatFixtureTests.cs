using System.Text.Json;
using System.Text.RegularExpressions;
using BlindSpot.Core;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Tests.Simulation;

/// <summary>One fixture of 300 conversations (seed 7) for the tests that only read it.</summary>
public sealed class WebchatFixture300 : IDisposable
{
    private readonly TempFolder _folder = new();

    public WebchatFixture300()
    {
        Truth = WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 300, Seed = 7 }, Folder);
        Files = Directory.GetFiles(Path.Combine(Folder, WebchatFixture.ExportFolder)).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), WebchatCsvReader.Rows);
    }

    public string Folder => Path.Combine(_folder.Path, "fixture");
    public WebchatFixtureTruth Truth { get; }

    /// <summary>Every conversation file read back from disk, by file name.</summary>
    public Dictionary<string, IReadOnlyList<WebchatCsvRow>> Files { get; }

    public void Dispose() => _folder.Dispose();
}

public class WebchatFixtureTests(WebchatFixture300 fixture) : IClassFixture<WebchatFixture300>
{
    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_another_seed_different_ones()
    {
        using var folder = new TempFolder();
        string Write(string name, int seed)
        {
            var path = Path.Combine(folder.Path, name);
            WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 250, Seed = seed }, path);
            return path;
        }
        var first = Write("a", 7);
        var second = Write("b", 7);
        var other = Write("c", 8);

        var files = Relative(first);
        Assert.Equal(252, files.Count); // 250 conversations, mapping.json and truth.json
        Assert.Equal(files, Relative(second));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs");

        var otherFiles = Relative(other);
        Assert.NotEqual(files, otherFiles);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, "truth.json")), File.ReadAllBytes(Path.Combine(other, "truth.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "mapping.json")), File.ReadAllBytes(Path.Combine(other, "mapping.json")));
    }

    [Fact]
    public void The_planted_shares_hold_when_the_csv_files_are_read_back()
    {
        var files = fixture.Files.Values.ToList();
        var userRows = files.SelectMany(f => f.Where(r => r.SenderType == "web")).ToList();
        double Share(int count, int of) => (double)count / of;

        Assert.Equal(300, files.Count);
        Assert.InRange(Share(files.Count(f => f.All(r => r.SenderType != "web")), files.Count), 0.27, 0.41);
        Assert.InRange(Share(files.Count(f => f.Zip(f.Skip(1)).Any(p => p.Second.Time - p.First.Time > TimeSpan.FromMinutes(30))), files.Count), 0.27, 0.41);
        Assert.InRange(Share(userRows.Count(r => Regex.IsMatch(r.Message, @"\p{IsCJKUnifiedIdeographs}")), userRows.Count), 0.06, 0.12);
        Assert.Contains(files, f => f.Count > 1000);
        Assert.True(userRows.Count(r => r.JsonString("intent_name") == "_csat_form_submit") > 0, "no ratings");
        Assert.True(userRows.Count(r => r.JsonString("payload") == "/live_agent") > 0, "no live_agent payloads");

        // the truth says what the files say
        var totals = fixture.Truth.Totals;
        Assert.Equal(files.Count(f => f.All(r => r.SenderType != "web")), totals.GreetingOnlyFiles);
        Assert.Equal(userRows.Count(r => r.JsonString("intent_name") == "_csat_form_submit"), totals.Ratings);
        Assert.Equal(userRows.Count(r => r.JsonString("payload") == "/live_agent"), totals.LiveAgentPayloads);
        Assert.Equal(userRows.Count(r => r.JsonString("intent_name") == "human_handoff"), totals.HumanHandoffIntents);
        Assert.Equal(userRows.Count, totals.UserMessages);
        Assert.Equal(userRows.Count(r => Regex.IsMatch(r.Message, @"\p{IsCJKUnifiedIdeographs}")), totals.UserMessagesByLanguage["zh"]);
        Assert.Equal(files.Sum(f => f.Count(r => r.SenderType == "bot")), totals.BotMessages);
    }

    [Fact]
    public void The_truths_visits_are_the_visits_recounted_from_the_csv_files()
    {
        var byFile = fixture.Truth.Files.ToDictionary(f => f.File);
        var visits = 0;
        foreach (var (name, rows) in fixture.Files)
        {
            var (fileVisits, engaged) = Visits(rows);
            Assert.Equal((byFile[name].Visits, byFile[name].EngagedVisits), (fileVisits, engaged));
            visits += fileVisits;
        }
        Assert.Equal(visits, fixture.Truth.Totals.Visits);
        Assert.True(visits > fixture.Truth.Totals.Conversations, "no file has more than one visit");
    }

    /// <summary>
    /// The rule, written again from the CSV: a new visit at the first customer message (a late rating excepted)
    /// after more than 30 minutes of silence, or at a /restart click; bot, agent and system rows after a silence
    /// belong to the visit before.
    /// </summary>
    private static (int Visits, int Engaged) Visits(IReadOnlyList<WebchatCsvRow> rows)
    {
        var visits = 1;
        var engaged = new HashSet<int>();
        var silence = false;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && rows[i].Time - rows[i - 1].Time > TimeSpan.FromMinutes(30)) silence = true;
            if (rows[i].SenderType != "web") continue;
            var restart = rows[i].JsonString("payload") == "/restart";
            var rating = rows[i].JsonString("intent_name") == "_csat_form_submit";
            if (restart || (silence && !rating))
            {
                visits++;
                silence = false;
            }
            engaged.Add(visits);
        }
        return (visits, engaged.Count);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.txt"), "somebody's file");
        var refused = Assert.Throws<IOException>(() => WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 5 }, folder.Path));
        Assert.Contains(folder.Path, refused.Message);
        Assert.Equal([folder.File("notes.txt")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Every_file_is_a_five_column_csv_whose_data_is_empty_or_json_and_whose_people_are_invented()
    {
        var export = Path.Combine(fixture.Folder, WebchatFixture.ExportFolder);
        var rows = 0;
        foreach (var path in Directory.GetFiles(export))
        {
            var records = WebchatCsvReader.Records(path);
            Assert.All(records, r => Assert.Equal(5, r.Length));
            foreach (var data in records.Skip(1).Select(r => r[4]).Where(d => d.Length > 0))
                using (JsonDocument.Parse(data)) { }
            rows += records.Count - 1;

            var name = Path.GetFileName(path);
            Assert.Matches(@"^([^-]+ - [^ ]+@example\.(com|org)|Visitor \d{5}) - \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d--WEBCHAT\.csv$", name);
        }
        Assert.Equal(fixture.Truth.Totals.Messages, rows);

        // another parser agrees on the rows and the columns
        using var db = DuckDb.OpenInMemory();
        var glob = DuckDb.Literal(Path.Combine(export, "*.csv"));
        Assert.Equal(rows, db.Scalar<long>(
            $"SELECT count(*) FROM read_csv({glob}, header = true, delim = ',', quote = '\"', escape = '\"', " +
            "columns = {'Sender type': 'VARCHAR', 'Sender name': 'VARCHAR', 'Time in GMT': 'VARCHAR', 'Message': 'VARCHAR', 'Data': 'VARCHAR'})"));

        // personal data in the text is invented: example addresses, the unassigned +1 555 area code
        var text = string.Join("\n", fixture.Files.Values.SelectMany(f => f.Select(r => r.Message)));
        Assert.All(Regex.Matches(text, @"[\w.]+@\w+(?:\.\w+)+").Select(m => m.Value), e => Assert.Matches(@"@example\.(com|org)$", e));
        Assert.All(Regex.Matches(text, @"\+1[- ]\d{3}").Select(m => m.Value), p => Assert.EndsWith("555", p));
    }

    [Fact]
    public void Mapping_and_truth_lie_beside_the_export_and_the_truth_file_holds_the_returned_truth()
    {
        Assert.Equal(["export", "mapping.json", "truth.json"], Directory.GetFileSystemEntries(fixture.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(WebchatFixtureMapping.Json, File.ReadAllText(Path.Combine(fixture.Folder, "mapping.json")));
        using (JsonDocument.Parse(WebchatFixtureMapping.Json)) { }

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Folder, "truth.json")));
        var totals = truth.RootElement.GetProperty("totals");
        Assert.Equal(fixture.Truth.Totals.Visits, totals.GetProperty("visits").GetInt32());
        Assert.Equal(fixture.Truth.Totals.EngagedVisits, totals.GetProperty("engaged_visits").GetInt32());
        Assert.Equal(fixture.Truth.Totals.BotFailures, totals.GetProperty("bot_failures").GetInt64());
        Assert.Equal(fixture.Truth.Totals.RatingValues, totals.GetProperty("rating_values").EnumerateObject().Select(p => p.Value.GetInt32()));
        Assert.Equal(["en", "zh", "es", "de"], totals.GetProperty("user_messages_by_language").EnumerateObject().Select(p => p.Name));
        Assert.Equal(fixture.Truth.Files.Select(f => f.File), truth.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(fixture.Truth.Files.Count(f => f.Customer is null), truth.RootElement.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("customer").ValueKind == JsonValueKind.Null));
    }

    private static List<string> Relative(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
