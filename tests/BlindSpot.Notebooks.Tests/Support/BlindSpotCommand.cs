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
        // not the in-process runner's current notebook folder
        var r = BlindSpot.Testing.ChildProcess.Run("dotnet", AppContext.BaseDirectory, [DllPath, .. args]);
        return (r.ExitCode, r.Out, r.Error);
    }

    /// <summary>Runs it where a user would, for verbs that work on the repository they are started in.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunIn(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var r = BlindSpot.Testing.ChildProcess.Run("dotnet", workingDirectory, [DllPath, .. args], environment);
        return (r.ExitCode, r.Out, r.Error);
    }
}
