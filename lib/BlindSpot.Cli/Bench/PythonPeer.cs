using System.Diagnostics;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// Finds a Python 3 with scikit-learn for the <c>peer-sklearn</c> stage. Tried in order: <c>$BLINDSPOT_PYTHON</c> (alone,
/// when set), <c>python3</c> on the PATH, <c>/usr/bin/python3</c> (Debian's <c>python3-sklearn</c> installs there, which
/// a version manager's <c>python3</c> on the PATH may hide).
/// </summary>
public static class PythonPeer
{
    public const string EnvironmentVariable = "BLINDSPOT_PYTHON";

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Bench", "Peers", "histgb.py");

    public static IReadOnlyList<string> Candidates() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } chosen ? [chosen] : ["python3", "/usr/bin/python3"];

    /// <summary>The first candidate that imports scikit-learn and NumPy, or null and why none did.</summary>
    public static (string? Python, string Reason) Locate()
    {
        foreach (var candidate in Candidates())
            if (Run(candidate, ["-c", "import numpy, sklearn"], TimeSpan.FromSeconds(60)).ExitCode == 0) return (candidate, "");
        return (null, $"no Python 3 with scikit-learn and NumPy (tried {string.Join(", ", Candidates())}; " +
                      $"on Debian: apt-get install python3-sklearn, or set {EnvironmentVariable})");
    }

    /// <summary>Runs Python; a program that cannot be started counts as exit code -1.</summary>
    public static (int ExitCode, string Output) Run(string python, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return (-1, "");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(timeout)) { process.Kill(entireProcessTree: true); return (-1, output); }
            return (process.ExitCode, output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}
