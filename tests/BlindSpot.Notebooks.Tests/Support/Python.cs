namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>Runs the system Python (with nbformat) for cross-checks against the reference implementation.</summary>
public static class Python
{
    public const string Executable = "/usr/bin/python3";

    public static (int ExitCode, string Stdout, string Stderr) Run(string script, params string[] args)
    {
        var r = BlindSpot.Testing.ChildProcess.Run(Executable, AppContext.BaseDirectory, ["-c", script, .. args]);
        return (r.ExitCode, r.Out, r.Error);
    }

    /// <summary>nbformat's own validation of a notebook file; returns the error text, or null when valid.</summary>
    public static string? ValidateNotebook(string path)
    {
        var (code, _, err) = Run("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))", path);
        return code == 0 ? null : err;
    }
}
