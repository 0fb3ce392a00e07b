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
}
