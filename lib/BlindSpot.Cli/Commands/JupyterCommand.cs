using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Export;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot jupyter</c>: makes the notebooks open in Jupyter as they run headless. Restores the
/// dotnet-interactive tool pinned in .config/dotnet-tools.json, registers its C# kernel with Jupyter, and puts
/// plotly.js where classic Jupyter's require.js finds it (nbextensions/blindspot/plotly.min.js in Jupyter's data
/// folder), so charts draw without a CDN.
/// </summary>
public static class JupyterCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Jupyter's data folder (default: `jupyter --data-dir`, else ~/.local/share/jupyter)" };
        var command = new Command("jupyter", "Register the .NET Interactive kernel with Jupyter and install plotly.js for classic Jupyter") { dataDir };
        command.SetAction(parse =>
        {
            var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
            if (root is null)
            {
                Console.Error.WriteLine("jupyter: run this inside the repository (the folder with Analysis.sln)");
                return ExitCodes.UsageOrIo;
            }
            if (Run(root, "dotnet", "tool", "restore") is { } restoreFailed) return Fail(restoreFailed);
            if (Run(root, "dotnet", "interactive", "jupyter", "install") is { } installFailed) return Fail(installFailed);

            var data = parse.GetValue(dataDir) ?? JupyterDataDir();
            var target = Path.Combine(data, "nbextensions", "blindspot", "plotly.min.js");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, PlotlyJs.Script);
            Console.WriteLine($"plotly.js {PlotlyJs.Version} -> {target}");
            Console.WriteLine("Open the notebooks with `jupyter notebook notebooks/` and pick the kernel \".NET (C#)\".");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"jupyter: {message}");
        return ExitCodes.UsageOrIo;
    }

    /// <summary>Runs a command in the repository, its output passed through; returns why it failed, or null.</summary>
    private static string? Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"`{program} {string.Join(' ', args)}` exited with {process.ExitCode}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"cannot start {program}: {e.Message}";
        }
    }

    private static string JupyterDataDir()
    {
        try
        {
            var start = new ProcessStartInfo("jupyter") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--data-dir");
            using var process = Process.Start(start)!;
            var dir = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode == 0 && dir.Length > 0) return dir;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Jupyter is not on PATH: fall back to its default user folder.
        }
        return Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "jupyter");
    }
}
