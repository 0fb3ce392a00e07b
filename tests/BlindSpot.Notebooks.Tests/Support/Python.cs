using System.Diagnostics;

namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>Runs the system Python (with nbformat) for cross-checks against the reference implementation.</summary>
public static class Python
{
    public const string Executable = "/usr/bin/python3";

    public static (int ExitCode, string Stdout, string Stderr) Run(string script, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>nbformat's own validation of a notebook file; returns the error text, or null when valid.</summary>
    public static string? ValidateNotebook(string path)
    {
        var (code, _, err) = Run("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))", path);
        return code == 0 ? null : err;
    }
}
