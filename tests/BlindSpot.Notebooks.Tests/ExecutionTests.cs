using BlindSpot.Notebooks.Execution;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class ExecutionTests
{
    [Fact]
    public async Task Variables_and_classes_defined_in_one_cell_are_visible_in_the_next()
    {
        var (nb, result) = await RunCodeAsync(
            "var x = 20;\nclass Box { public int V { get; init; } }",
            "var b = new Box { V = x + 1 };",
            "b.V * 2");

        Assert.Equal(0, result.Failures);
        var output = Assert.Single(OutputsOf(nb, 2));
        Assert.Equal("execute_result", Type(output));
        Assert.Equal("42", Shown(output));
        Assert.Equal(3, output["execution_count"]!.GetValue<int>());
        Assert.Equal([1, 2, 3], [Count(nb, 0)!.Value, Count(nb, 1)!.Value, Count(nb, 2)!.Value]);
    }

    [Fact]
    public async Task Console_output_becomes_stdout_and_stderr_streams_in_order()
    {
        var (nb, _) = await RunCodeAsync(
            "Console.WriteLine(\"one\");\nConsole.Write(\"two\\n\");\nConsole.Error.WriteLine(\"warn\");\ndisplay(7);\nConsole.WriteLine(\"three\");");

        var outputs = OutputsOf(nb, 0);
        Assert.Equal(["stream", "stream", "display_data", "stream"], outputs.Select(Type));
        Assert.Equal("stdout", outputs[0]["name"]!.GetValue<string>());
        Assert.Equal("one\ntwo\n", Text(outputs[0]));
        Assert.Equal("stderr", outputs[1]["name"]!.GetValue<string>());
        Assert.Equal("warn\n", Text(outputs[1]));
        Assert.Equal("7", Shown(outputs[2]));
        Assert.Equal("three\n", Text(outputs[3]));
    }

    [Fact]
    public async Task Compile_error_names_the_line_within_the_cell_even_after_directive_lines()
    {
        var (nb, result) = await RunCodeAsync(
            "var a = 1;\nvar b = 2;\nvar c = 3;\nvar d = 4;\nvar e = 5;",
            "#!csharp\n// comment\nvar y = undefinedName + 1;",
            "var never = 1;");

        Assert.Equal(1, result.Failures);
        var outputs = OutputsOf(nb, 1);
        Assert.Equal(["stream", "error"], outputs.Select(Type));
        Assert.Equal("stderr", outputs[0]["name"]!.GetValue<string>());
        Assert.Contains("error CS0103", Text(outputs[0]));
        var error = outputs[1];
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        // The kernel counts lines after the #!csharp magic, which it strips, as Jupyter and Polyglot Notebooks show them.
        Assert.StartsWith("(2,9): error CS0103", error["evalue"]!.GetValue<string>());
        Assert.Contains("undefinedName", error["evalue"]!.GetValue<string>());
        Assert.Null(Count(nb, 2));
        Assert.Empty(OutputsOf(nb, 2));
    }

    [Fact]
    public async Task Runtime_exception_gives_ename_evalue_traceback_and_stops_the_run()
    {
        var (nb, result) = await RunCodeAsync(
            "Console.WriteLine(\"before\");",
            "throw new InvalidOperationException(\"boom <here>\");",
            "Console.WriteLine(\"after\");");

        Assert.Equal(1, result.Failures);
        Assert.Equal(2, result.Executed);
        var error = Assert.Single(OutputsOf(nb, 1));
        Assert.Equal("System.InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Equal("boom <here>", error["evalue"]!.GetValue<string>());
        Assert.StartsWith("System.InvalidOperationException: boom <here>", error["traceback"]![0]!.GetValue<string>());
        Assert.Null(Count(nb, 2));
        Assert.Empty(OutputsOf(nb, 2));
    }

    [Fact]
    public async Task Continue_on_error_runs_the_later_cells_and_keeps_earlier_state()
    {
        var (nb, result) = await RunAsync(new NotebookRunOptions { ContinueOnError = true },
            Code("var kept = 5;"),
            Code("throw new Exception(\"first\");"),
            Code("int.Parse(\"x\")"),
            Code("kept + 1"));

        Assert.Equal(2, result.Failures);
        Assert.Equal(4, result.Executed);
        Assert.Equal("System.FormatException", OutputsOf(nb, 2)[0]["ename"]!.GetValue<string>());
        Assert.Equal("6", Shown(OutputsOf(nb, 3)[0]));
    }

    [Fact]
    public async Task Another_kernels_magic_is_a_clear_error_and_the_run_goes_on_with_continue_on_error()
    {
        var (nb, result) = await RunAsync(new NotebookRunOptions { ContinueOnError = true },
            Code("#!fsharp\nlet x = 1"),
            Code("1 + 1"));

        var error = OutputsOf(nb, 0).Single(o => Type(o) == "error");
        Assert.Equal("(1,1): error DNI101: Unknown magic command '#!fsharp'", error["evalue"]!.GetValue<string>());
        Assert.Equal(1, result.Failures);
        Assert.Equal("2", Shown(OutputsOf(nb, 1)[0]));
        Assert.Equal(2, Count(nb, 1));
    }

    [Fact]
    public async Task Working_directory_is_the_notebook_folder_during_the_run_and_restored_after()
    {
        var before = Directory.GetCurrentDirectory();
        using var dir = new Support.TempDir();
        File.WriteAllText(dir.File("data.txt"), "from the notebook folder");
        var nb = Create(Code("using System.IO;\nFile.ReadAllText(\"data.txt\")"));

        var result = await NotebookRunner.RunAsync(nb, dir.File("x.ipynb"), new NotebookRunOptions());

        Assert.Equal(0, result.Failures);
        Assert.Equal("from the notebook folder", Text(OutputsOf(nb, 0)[0]));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task A_class_defined_in_a_cell_feeds_MLNET_in_a_later_cell()
    {
        var (nb, result) = await RunCodeAsync(
            "#r \"nuget: Microsoft.ML, 5.0.1\"\nusing Microsoft.ML;\nusing Microsoft.ML.Data;\npublic class Row { public float Score { get; set; } public string Label { get; set; } = \"\"; }",
            "var ml = new MLContext(seed: 1);\n" +
            "var data = ml.Data.LoadFromEnumerable(new[] { new Row { Score = 1.5f, Label = \"a\" }, new Row { Score = 2.5f, Label = \"b\" } });\n" +
            "var scores = data.GetColumn<float>(\"Score\").ToArray();\n" +
            "string.Join(\";\", scores) + \"|\" + string.Join(\";\", data.GetColumn<string>(\"Label\"))");

        Assert.True(result.Failures == 0, string.Join("\n", nb.Cells.SelectMany(c => c.Outputs).Select(o => o!.ToJsonString())));
        Assert.Equal("1.5;2.5|a;b", Text(OutputsOf(nb, 1)[0]));
    }
}
