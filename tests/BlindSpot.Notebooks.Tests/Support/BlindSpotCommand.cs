using System.Diagnostics;

namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>
/// Runs the built <c>blindspot</c> command (BlindSpot.Cli.dll, copied beside the tests) in its own process,
/// as a user would, so that its exit codes and console output are what is tested.
/// </summary>
public static class BlindSpotCommand
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "BlindSpot.Cli.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory, // not the in-process runner's current notebook folder
        };
        psi.ArgumentList.Add(DllPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
