namespace BlindSpot.Cli.Jupyter;

/// <summary>
/// What of Jupyter this machine has: the <c>jupyter</c> command (Debian: jupyter-core, with jupyter-notebook to
/// open notebooks), <c>jupyter-kernelspec</c> (Debian: jupyter-client) and a Python that imports Jupyter's client
/// (Debian: python3-jupyter-client, which python3-nbclient brings). The kernel is registered without
/// <c>jupyter-kernelspec</c>, by writing into Jupyter's data folder, so only "no Jupyter at all" stops the verb.
/// </summary>
public sealed record JupyterInstallation(string? JupyterCommand, string? KernelspecCommand, string? ClientPython, string? ClientDataDir)
{
    private const string ClientProbe = "import jupyter_client, jupyter_core.paths as p; print(p.jupyter_data_dir())";

    public bool Found => JupyterCommand is not null || ClientPython is not null;

    public static string MissingMessage =>
        "no Jupyter on this machine: neither a `jupyter` command nor a Python with Jupyter's client was found. " +
        "Install Debian's jupyter-notebook to open the notebooks (`apt-get install jupyter-notebook`), or " +
        "python3-nbclient to run them through Jupyter's client.";

    public static string NoKernelspecMessage(string kernels) =>
        $"no `jupyter-kernelspec` command (Debian's jupyter-client): the kernel is registered directly in {kernels}; " +
        "install jupyter-client for `jupyter kernelspec list`.";

    public static JupyterInstallation Probe(string directory)
    {
        string? python = null, dataDir = null;
        foreach (var candidate in new[] { "python3", "/usr/bin/python3" })
        {
            var probe = ExternalCommand.Run(directory, candidate, "-c", ClientProbe);
            if (!probe.Succeeded) continue;
            python = candidate;
            dataDir = probe.Stdout.Trim();
            break;
        }
        return new JupyterInstallation(
            ExternalCommand.FindOnPath("jupyter"), ExternalCommand.FindOnPath("jupyter-kernelspec"), python, dataDir);
    }

    /// <summary>
    /// Jupyter's user data folder, where user kernels live: JUPYTER_DATA_DIR, else what Jupyter itself says,
    /// else its default on Linux.
    /// </summary>
    public string DataDir(string directory)
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } set) return set;
        if (JupyterCommand is not null && ExternalCommand.Run(directory, JupyterCommand, "--data-dir") is { Succeeded: true } said
            && said.Stdout.Trim() is { Length: > 0 } dir)
            return dir;
        if (ClientDataDir is { Length: > 0 }) return ClientDataDir;
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "jupyter");
    }
}
