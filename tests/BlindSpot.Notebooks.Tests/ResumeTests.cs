using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Simulation;

namespace BlindSpot.Notebooks.Tests;

/// <summary>A run stopped part-way is taken up where it stopped, keeping only what was made from the same inputs.</summary>
public class ResumeTests
{
    /// <summary>Two notebooks that read a log: the first counts its runs, the second fails until a file says go.</summary>
    private static string Notebooks(TempDir dir, string extraCell = "")
    {
        var folder = dir.File("notebooks");
        Directory.CreateDirectory(folder);
        var parameters = TestNotebook.Code("var dataDir = \"\";\nvar outputDir = \"\";", "parameters");
        var first = TestNotebook.Create(parameters, TestNotebook.Code(
            "System.IO.Directory.CreateDirectory(outputDir);\nSystem.IO.File.AppendAllText(System.IO.Path.Combine(outputDir, \"first-runs.txt\"), \"ran\\n\");" + extraCell));
        var second = TestNotebook.Create(parameters, TestNotebook.Code(
            "if (!System.IO.File.Exists(System.IO.Path.Combine(outputDir, \"go\"))) throw new System.Exception(\"not yet\");\n\"done\""));
        Ipynb.NotebookFile.Write(first, Path.Combine(folder, "02-first.ipynb"));
        Ipynb.NotebookFile.Write(second, Path.Combine(folder, "03-second.ipynb"));
        return folder;
    }

    [Fact]
    public void Resume_keeps_what_the_stopped_run_finished_from_the_same_inputs_and_runs_the_rest()
    {
        using var dir = new TempDir();
        DatasetWriter.Write(new SimulationOptions { Seed = 4, Sessions = 40 }, dir.File("team"));
        var notebooks = Notebooks(dir);
        string[] run = ["reproduce", "--notebooks", notebooks, "--data", dir.File("team"), "--output", dir.File("run")];
        var runs = dir.File("run/derived/first-runs.txt");

        var stopped = BlindSpotCommand.Run(run);
        Assert.Equal(3, stopped.ExitCode); // the second notebook's cell failed
        Assert.Single(File.ReadAllLines(runs));

        var notResumed = BlindSpotCommand.Run(run);
        Assert.Equal(1, notResumed.ExitCode);
        Assert.Contains("is not empty: give --output a new or empty folder", notResumed.Stderr);

        File.WriteAllText(dir.File("run/derived/go"), "");
        var resumed = BlindSpotCommand.Run([.. run, "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Contains("resume: 02-first.ipynb kept: the stopped run finished it from the same notebook, log, library and parameters", resumed.Stderr);
        Assert.Single(File.ReadAllLines(runs)); // not run again
        Assert.Contains("\"done\"", File.ReadAllText(dir.File("run/03-second.ipynb")));

        // an edited notebook is not the one the earlier run finished: it runs again, and so does every one after it
        Notebooks(dir, extraCell: "\n// edited");
        var edited = BlindSpotCommand.Run([.. run, "--resume"]);
        Assert.True(edited.ExitCode == 0, edited.Stderr);
        Assert.DoesNotContain("kept", edited.Stderr);
        Assert.Equal(2, File.ReadAllLines(runs).Length);
    }

    [Fact]
    public void Resume_refuses_a_folder_no_reproduce_wrote_and_a_run_in_place()
    {
        using var dir = new TempDir();
        DatasetWriter.Write(new SimulationOptions { Seed = 4, Sessions = 40 }, dir.File("team"));
        Directory.CreateDirectory(dir.File("mine"));
        File.WriteAllText(dir.File("mine/notes.txt"), "keep");

        var foreign = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks(dir), "--data", dir.File("team"), "--output", dir.File("mine"), "--resume");
        Assert.Equal(1, foreign.ExitCode);
        Assert.Contains($"{dir.File("mine")} holds no reproduce.json: --resume takes up a folder an earlier reproduce wrote", foreign.Stderr);
        Assert.Equal("keep", File.ReadAllText(dir.File("mine/notes.txt")));
        Assert.Single(Directory.GetFiles(dir.File("mine")));
    }
}
