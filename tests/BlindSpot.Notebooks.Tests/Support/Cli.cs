using System.Diagnostics;
using System.Reflection;

namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>
/// Runs the built <c>blindspot</c> command in its own process (the CLI assembly is named "blindspot",
/// which a compiler reference cannot tell apart from the "BlindSpot" library, so it is not called in-process).
/// </summary>
public static class Cli
{
    public static string DllPath
    {
        get
        {
            var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found");
            var configuration = typeof(Cli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var tfm = Path.GetFileName(Path.GetDirectoryName(typeof(Cli).Assembly.Location)!);
            return Path.Combine(root, "lib", "BlindSpot.Cli", "bin", configuration, tfm, "blindspot.dll");
        }
    }

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
