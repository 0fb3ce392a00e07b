using System.Text;
using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using CsCheck;

namespace BlindSpot.Notebooks.Tests;

public class IpynbFormatTests
{
    private static string Asset(string name) => Path.Combine(AppContext.BaseDirectory, "Assets", name);

    [Fact]
    public void Canonical_notebook_round_trips_byte_for_byte_keeping_unknown_fields()
    {
        var bytes = File.ReadAllBytes(Asset("canonical.ipynb"));
        var notebook = NotebookFile.Parse(Encoding.UTF8.GetString(bytes));

        var written = Encoding.UTF8.GetBytes(NotebookFile.Serialize(notebook));

        Assert.Equal(bytes, written);
        Assert.Equal("ü ✓ 😀", notebook.Metadata["custom_field"]!["é"]!.GetValue<string>());
        Assert.Equal("a single-string source\r\nwith CRLF", notebook.Cells[^1].Source);
    }

    [Fact]
    public void Serialisation_matches_python_json_dumps_for_random_strings_and_keys()
    {
        var strings = Gen.String[Gen.Char, 0, 12].Array[40].Generate(new PCG(7, 11), null, out _);
        var obj = new JsonObject();
        var array = new JsonArray();
        foreach (var s in strings.Where(s => !s.Any(char.IsSurrogate)))
        {
            obj[s] = s;
            array.Add(s);
        }
        obj["__list"] = array;
        obj["__nested"] = new JsonObject { ["b"] = new JsonArray(), ["a"] = new JsonObject(), ["é"] = 1, ["Z"] = 2.5 };
        using var dir = new TempDir();
        var path = dir.File("in.json");
        File.WriteAllText(path, obj.ToJsonString(), new UTF8Encoding(false));

        var (code, stdout, stderr) = Python.Run(
            "import json,sys; sys.stdout.reconfigure(encoding='utf-8'); " +
            "print(json.dumps(json.load(open(sys.argv[1], encoding='utf-8')), sort_keys=True, indent=1, ensure_ascii=False, separators=(',', ': ')), end='')",
            path);

        Assert.True(code == 0, stderr);
        Assert.Equal(stdout, CanonicalJson.Serialize(obj));
    }

    [Fact]
    public void Lines_split_like_python_splitlines_keepends()
    {
        var text = "a\nb\r\nc\rd\u2028e\u000bf\n\ng";
        var (_, stdout, _) = Python.Run(
            "import json,sys; sys.stdout.reconfigure(encoding='utf-8'); print(json.dumps(json.loads(sys.argv[1]).splitlines(True)), end='')",
            System.Text.Json.JsonSerializer.Serialize(text));
        var expected = System.Text.Json.JsonSerializer.Deserialize<string[]>(stdout);

        Assert.Equal(expected, MultilineText.SplitLines(text).ToArray());
        Assert.Equal(text, MultilineText.Join(MultilineText.Split(text)));
    }

    [Fact]
    public void Writing_replaces_the_file_atomically_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = dir.File("nb.ipynb");
        File.WriteAllText(path, "old content");
        var notebook = TestNotebook.Create(TestNotebook.Code("var x = 1;"));

        NotebookFile.Write(notebook, path);

        Assert.Equal(NotebookFile.Serialize(notebook), File.ReadAllText(path));
        Assert.Equal(["nb.ipynb"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }
}
