using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// One notebook run in a process of its own (reproduce does this under a memory limit): what the notebook held, its
/// DuckDB database and buffers, the .NET heap its cells filled, the kernel's compiled code, goes back to the system when
/// the process ends, so the next notebook starts from nothing rather than beside it. The request travels on standard
/// input and the result on standard output, both as JSON: paths and parameter values are never parsed as options.
/// </summary>
public static class NotebookProcess
{
    public const string VerbName = "notebook-process";

    /// <summary>What the child is asked to run: a notebook, where its executed copy goes, and its parameters.</summary>
    public sealed record Request(string Notebook, string Target, IReadOnlyList<KeyValuePair<string, string>> Parameters);

    /// <summary>What the child reports back.</summary>
    public sealed record Reply(int CodeCells, int Executed, int Failures, double Seconds);

    /// <summary>
    /// Runs <paramref name="notebook"/> in a child process and writes its executed copy to <paramref name="target"/>; the
    /// child's cell lines go to this process's standard error as they come. The peak is the whole process tree's while the
    /// child ran (<see cref="ResidentPeak"/>). Throws <see cref="IOException"/> when the child ends without a result
    /// (killed, or out of memory).
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(string notebook, string target, IReadOnlyList<KeyValuePair<string, string>> parameters,
                                                         CancellationToken ct)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(NotebookProcess).Assembly.Location);
        start.ArgumentList.Add(VerbName);
        using var peak = ResidentPeak.Start();
        using var child = Process.Start(start) ?? throw new IOException($"could not start a process for {notebook}");
        try
        {
            await child.StandardInput.WriteAsync(JsonSerializer.Serialize(new Request(Path.GetFullPath(notebook), Path.GetFullPath(target), parameters)));
            child.StandardInput.Close();
            var output = await child.StandardOutput.ReadToEndAsync(ct);
            await child.WaitForExitAsync(ct);
            var reply = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReadReply).LastOrDefault(r => r is not null);
            if (child.ExitCode != ExitCodes.Ok || reply is null)
                throw new IOException($"the process running {Path.GetFileName(notebook)} ended with exit code {child.ExitCode} before it finished " +
                                      "(killed, or out of memory: a lower --memory-limit leaves more of the machine to what DuckDB does not count)");
            return new NotebookRunResult(reply.CodeCells, reply.Executed, reply.Failures, TimeSpan.FromSeconds(reply.Seconds)) { PeakResidentBytes = peak.Bytes };
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static Reply? ReadReply(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Reply>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The hidden verb the child runs: the request from standard input, the cell lines on standard error, the reply on standard output.</summary>
    public static Command Create()
    {
        var command = new Command(VerbName, "Run one notebook for reproduce, in a process of its own (used by reproduce).") { Hidden = true };
        command.SetAction(async (_, ct) =>
        {
            var request = JsonSerializer.Deserialize<Request>(await Console.In.ReadToEndAsync(ct))
                          ?? throw new InvalidDataException("notebook-process: no request on standard input");
            var notebook = NotebookFile.Read(request.Notebook);
            var options = Progress.ReproduceOptions(request.Notebook, request.Target, request.Parameters);
            NotebookRunResult result;
            try
            {
                result = await NotebookRunner.RunAsync(notebook, request.Notebook, options, ct);
            }
            catch (BlindSpot.Notebooks.Parameters.ParameterException e)
            {
                Console.Error.WriteLine($"error: {request.Notebook}: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            NotebookFile.Write(notebook, request.Target);
            Console.Out.WriteLine(JsonSerializer.Serialize(new Reply(result.CodeCells, result.Executed, result.Failures, result.Elapsed.TotalSeconds)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
