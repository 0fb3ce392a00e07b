using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Tests.Support;

namespace BlindSpot.Notebooks.Tests;

/// <summary>Under a memory limit reproduce runs each notebook in a process of its own; without one, all in its own process.</summary>
public class NotebookProcessTests
{
    /// <summary>Two notebooks that print the id of the process they run in; the second fails when asked to.</summary>
    private static string Notebooks(TempDir dir)
    {
        var folder = dir.File("notebooks");
        Directory.CreateDirectory(folder);
        var parameters = TestNotebook.Code("var memoryLimit = \"\";\nvar fail = false;", "parameters");
        var pid = TestNotebook.Code("$\"process {System.Environment.ProcessId}\"");
        Ipynb.NotebookFile.Write(TestNotebook.Create(parameters, pid), Path.Combine(folder, "01-first.ipynb"));
        Ipynb.NotebookFile.Write(TestNotebook.Create(parameters, pid, TestNotebook.Code("if (fail) throw new System.Exception(\"asked to fail\");\n\"went on\"")),
                                 Path.Combine(folder, "02-second.ipynb"));
        return folder;
    }

    private static string ProcessOf(string notebook) =>
        (string)JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray().Single(c => c!["source"]!.ToJsonString().Contains("ProcessId"))!
            ["outputs"]![0]!["data"]!["text/plain"]!.AsArray()[0]!;

    [Fact]
    public void Under_a_memory_limit_each_notebook_has_a_process_of_its_own_and_its_results_come_back()
    {
        using var dir = new TempDir();
        var notebooks = Notebooks(dir);

        var limited = BlindSpotCommand.Run("reproduce", "--notebooks", notebooks, "--output", dir.File("limited"), "--memory-limit", "2GB");
        Assert.True(limited.ExitCode == 0, limited.Stderr);
        Assert.Contains("each notebook runs in a process of its own", limited.Stderr);
        Assert.True(limited.Stderr.Contains("02-second.ipynb cell 4/4 ok"), limited.Stderr); // the child's cell lines reach the console
        Assert.NotEqual(ProcessOf(dir.File("limited/01-first.ipynb")), ProcessOf(dir.File("limited/02-second.ipynb")));
        Assert.Contains("went on", File.ReadAllText(dir.File("limited/02-second.ipynb")));

        var shared = BlindSpotCommand.Run("reproduce", "--notebooks", notebooks, "--output", dir.File("shared"));
        Assert.True(shared.ExitCode == 0, shared.Stderr);
        Assert.Equal(ProcessOf(dir.File("shared/01-first.ipynb")), ProcessOf(dir.File("shared/02-second.ipynb")));

        var failing = BlindSpotCommand.Run("reproduce", "--notebooks", notebooks, "--output", dir.File("failing"), "--memory-limit", "2GB", "-p", "fail", "true");
        Assert.Equal(3, failing.ExitCode); // a failed cell, as in one process
        Assert.Contains("02-second.ipynb cell 4/4 FAILED", failing.Stderr); // the injected parameters are cell 2
        Assert.Matches(@"02-second\.ipynb\s*│\s*4\s*│\s*1\s*│", failing.Stdout); // the summary counts it
        Assert.Contains("asked to fail", File.ReadAllText(dir.File("failing/02-second.ipynb")));
    }
}
