using BlindSpot.Testing;

namespace BlindSpot.Tests.Cli;

/// <summary>Runs the built <c>blindspot</c> command (BlindSpot.Cli.dll) as a user would.</summary>
public static class CliProcess
{
    public static ChildProcess.Result Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "BlindSpot.Cli.dll"), .. args]);
}
