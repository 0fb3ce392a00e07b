using System.CommandLine;
using BlindSpot.Cli.Jupyter;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Export;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot jupyter</c>: makes the notebooks open in Jupyter as they run headless. Checks what it needs first,
/// restores the dotnet-interactive tool pinned in .config/dotnet-tools.json, registers its kernels in Jupyter's
/// user kernel folder with the HTTP API on loopback only (repairing earlier registrations), and puts plotly.js
/// where classic Jupyter's require.js finds it (nbextensions/blindspot/plotly.min.js), so charts draw without a CDN.
/// </summary>
public static class JupyterCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Jupyter's data folder (default: JUPYTER_DATA_DIR, else `jupyter --data-dir`, else ~/.local/share/jupyter)" };
        var command = new Command("jupyter", "Register the .NET Interactive kernel with Jupyter (loopback only) and install plotly.js for classic Jupyter") { dataDir };
        command.SetAction(parse =>
        {
            var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
            if (root is null) return Fail("run this inside the repository (the folder with Analysis.sln)");

            var jupyter = JupyterInstallation.Probe(root);
            if (!jupyter.Found) return Fail(JupyterInstallation.MissingMessage);
            var data = parse.GetValue(dataDir) ?? jupyter.DataDir(root);
            var kernels = Path.Combine(data, "kernels");
            if (jupyter.KernelspecCommand is null) Console.WriteLine(JupyterInstallation.NoKernelspecMessage(kernels));
            if (!Directory.Exists(kernels))
            {
                Directory.CreateDirectory(kernels);
                Console.WriteLine($"created Jupyter's user kernel folder {kernels}");
            }

            var tool = InteractiveTool.Pinned(root);
            Console.WriteLine($"restoring {InteractiveTool.PackageId} {tool.Version} (dotnet tool restore)");
            var restore = ExternalCommand.Run(root, "dotnet", "tool", "restore");
            if (!restore.Succeeded) return Fail(tool.RestoreFailure(restore));

            var install = ExternalCommand.Run(root, "dotnet", "interactive", "jupyter", "install", "--path", kernels);
            if (!install.Succeeded)
                return Fail($"`dotnet interactive jupyter install --path {kernels}` exited with {install.ExitCode}:\n{install.Tail()}");
            if (RepairLoopback(kernels) is { } unsafeKernel) return Fail(unsafeKernel);

            var target = Path.Combine(data, "nbextensions", "blindspot", "plotly.min.js");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, PlotlyJs.Script);
            Console.WriteLine($"plotly.js {PlotlyJs.Version} -> {target}");
            Console.WriteLine("Open the notebooks with `jupyter notebook notebooks/` and pick the kernel \".NET (C#)\".");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Keeps every .NET kernel Jupyter can find here on loopback: the ones just installed, and earlier ones in
    /// JUPYTER_PATH folders, which Jupyter prefers. Returns why one could not be made safe, or null.
    /// </summary>
    private static string? RepairLoopback(string kernels)
    {
        var searched = (Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "kernels"))
            .Prepend(kernels);
        foreach (var file in searched.SelectMany(KernelSpecs.DotnetKernelFiles).Distinct())
        {
            var name = Path.GetFileName(Path.GetDirectoryName(file));
            try
            {
                var changed = KernelSpecs.MakeLoopbackOnly(file);
                Console.WriteLine($"kernel {name}: HTTP API on loopback only ({KernelSpecs.LoopbackOnly}{(changed ? ", added" : ", already set")}) -> {file}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return $"kernel {name} at {file} would listen beyond this machine and cannot be changed: {e.Message}. " +
                       $"Add \"{KernelSpecs.LoopbackOnly}\" to its argv, or remove it.";
            }
        }
        return null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"jupyter: {message}");
        return ExitCodes.UsageOrIo;
    }
}
