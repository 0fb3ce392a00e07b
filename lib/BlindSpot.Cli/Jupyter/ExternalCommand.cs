using System.ComponentModel;
using System.Diagnostics;

namespace BlindSpot.Cli.Jupyter;

/// <summary>Runs a program to its end with its output captured; a program that cannot start is a result, not a crash.</summary>
public static class ExternalCommand
{
    public sealed record Result(bool Started, int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;

        public bool Succeeded => Started && ExitCode == 0;

        /// <summary>The last lines of what the program printed, indented for a console message.</summary>
        public string Tail(int lines = 6) =>
            string.Join('\n', Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .TakeLast(lines).Select(l => "    " + l));
    }

    public static Result Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Result(true, process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (Win32Exception e)
        {
            return new Result(false, -1, "", e.Message);
        }
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
