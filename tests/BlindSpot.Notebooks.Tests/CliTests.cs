using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class CliTests
{
    private static Task<int> Blindspot(params string[] args)
    {
        var (code, stdout, stderr) = BlindSpotCommand.Run(args);
        Console.Error.WriteLine($"blindspot {string.Join(' ', args)} -> {code}\n{stdout}\n{stderr}");
        return Task.FromResult(code);
    }

    [Fact]
    public async Task Run_writes_to_the_output_folder_and_leaves_the_input_untouched()
    {
        using var dir = new TempDir();
        var input = Save(Create(Code("var x = 1;", "parameters"), Code("x * 10")), dir);
        var before = File.ReadAllBytes(input);

        var code = await Blindspot("run", input, "--output-path", dir.File("out"), "-p", "x", "4");

        Assert.Equal(0, code);
        Assert.Equal(before, File.ReadAllBytes(input));
        var executed = NotebookFile.Read(dir.File("out/test.ipynb"));
        Assert.Equal("40", Shown(OutputsOf(executed, 2)[0]));
        Assert.Null(Python.ValidateNotebook(dir.File("out/test.ipynb")));
    }

    [Fact]
    public async Task A_failing_cell_exits_3_and_the_executed_notebook_still_shows_the_error()
    {
        using var dir = new TempDir();
        var input = Save(Create(Code("throw new Exception(\"bad\");"), Code("1")), dir);

        var code = await Blindspot("run", input, "--in-place");

        Assert.Equal(3, code);
        var executed = NotebookFile.Read(input);
        Assert.Equal("bad", OutputsOf(executed, 0)[0]["evalue"]!.GetValue<string>());
        Assert.Null(Count(executed, 1));
        Assert.Null(Python.ValidateNotebook(input));
    }

    [Fact]
    public void A_failing_cell_is_explained_on_the_console_with_where_its_whole_output_is()
    {
        using var dir = new TempDir();
        var input = Save(Create(Code("var rows = 3;"), Code("#r \"../lib/Missing.dll\""), Code("rows")), dir, "bad.ipynb");
        var thrower = Save(Create(Code("throw new InvalidOperationException(\"no turns.csv in DATA\\nsecond\\nthird\\nfourth\");")), dir, "throws.ipynb");

        var (code, _, stderr) = BlindSpotCommand.Run("run", input, thrower, "--output", dir.File("out"));

        Assert.Equal(3, code);
        var lines = stderr.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var failed = lines.FindIndex(l => l.StartsWith("  bad.ipynb cell 2/3 FAILED", StringComparison.Ordinal));
        Assert.Equal("      (1,1): error CS0006: Metadata file '../lib/Missing.dll' could not be found", lines[failed + 1]);
        Assert.Equal($"      the whole output: {dir.File("out/bad.ipynb")} (code cell 2)", lines[failed + 2]);
        var thrown = lines.FindIndex(l => l.StartsWith("  throws.ipynb cell 1/1 FAILED", StringComparison.Ordinal));
        Assert.Equal(
            ["      InvalidOperationException: no turns.csv in DATA", "      second", "      third", $"      the whole output: {dir.File("out/throws.ipynb")} (code cell 1)"],
            lines[(thrown + 1)..(thrown + 5)]);
        Assert.Contains("no turns.csv in DATA", File.ReadAllText(dir.File("out/throws.ipynb")));
    }

    [Fact]
    public void A_notebook_whose_library_build_is_missing_gets_it_built_or_the_command_to_run()
    {
        using var repo = new TempDir();
        Directory.CreateDirectory(repo.File("notebooks"));
        var notebook = Save(Create(Code("#r \"../lib/BlindSpot/bin/Debug/net10.0/BlindSpot.dll\""), Code("1")), repo, "notebooks/uses-library.ipynb");
        var before = File.ReadAllBytes(notebook);

        var (code, _, stderr) = BlindSpotCommand.Run("run", notebook, "--output-path", repo.File("out"));
        Assert.Equal(1, code);
        Assert.Contains($"error: the notebooks load {repo.File("lib/BlindSpot/bin/Debug/net10.0/BlindSpot.dll")}, which does not exist, and there is no project to build it from", stderr);

        Directory.CreateDirectory(repo.File("lib/BlindSpot"));
        File.WriteAllText(repo.File("lib/BlindSpot/BlindSpot.csproj"), "<Project><Broken");
        (code, _, stderr) = BlindSpotCommand.Run("run", notebook, "--output-path", repo.File("out"));
        Assert.Equal(1, code);
        Assert.Contains($"building the library the notebooks load (dotnet build {repo.File("lib/BlindSpot")} -c Debug) ... failed", stderr);
        Assert.Contains($"`dotnet build {repo.File("lib/BlindSpot")} -c Debug` failed; run it to see why", stderr);

        RepositoryCopy.Make(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, repo.File("clone"));
        var cloned = Save(NotebookFile.Read(notebook), repo, "clone/notebooks/uses-library.ipynb");
        (code, _, stderr) = BlindSpotCommand.Run("run", cloned, "--output-path", repo.File("out"));
        Assert.Equal(0, code);
        Assert.DoesNotContain("building", stderr);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.True(File.Exists(repo.File("out/uses-library.ipynb")));
    }

    [Fact]
    public async Task Usage_errors_exit_1_and_write_nothing()
    {
        using var dir = new TempDir();
        var input = Save(Create(Code("var x = 1;", "parameters")), dir);

        Assert.Equal(1, await Blindspot("run", input, "-p", "nope", "1", "--output-path", dir.File("out")));
        Assert.Equal(1, await Blindspot("run", dir.File("missing.ipynb")));
        Assert.Equal(1, await Blindspot("run", input, "--in-place", "--output-path", dir.File("out")));
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task Html_format_writes_a_page_per_notebook()
    {
        using var dir = new TempDir();
        var input = Save(Create(Markdown("# Title"), Code("Console.WriteLine(\"<hi>\");")), dir, "page.ipynb");

        Assert.Equal(0, await Blindspot("run", input, "--format", "html", "--output-path", dir.File("html")));

        var html = File.ReadAllText(dir.File("html/page.html"));
        Assert.Contains("<h1", html);
        Assert.Contains("&lt;hi&gt;", html);
    }

    [Fact]
    public async Task Reproduce_runs_every_notebook_in_place_and_reports_failures()
    {
        using var dir = new TempDir();
        Save(Create(Code("1 + 1")), dir, "01-ok.ipynb");
        Save(Create(Code("throw new Exception(\"x\");")), dir, "02-bad.ipynb");

        var code = await Blindspot("reproduce", "--notebooks", dir.Path, "--html", dir.File("html"));

        Assert.Equal(3, code);
        Assert.Equal("2", Shown(OutputsOf(NotebookFile.Read(dir.File("01-ok.ipynb")), 0)[0]));
        Assert.True(File.Exists(dir.File("html/01-ok.html")));
        Assert.True(File.Exists(dir.File("html/02-bad.html")));
        Assert.Contains("href=\"02-bad.html\"", File.ReadAllText(dir.File("html/index.html")));
    }
}
