using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace BlindSpot.Cli.Postgres;

/// <summary>
/// A PostgreSQL cluster of its own, for the parity test and the benchmark: made with the server's <c>initdb</c> in a
/// temporary folder, listening on 127.0.0.1 only, on a free port, with a random password (scram-sha-256), and stopped
/// and deleted on <see cref="Dispose"/> (also when the process exits first). Run as root, the server tools run as the
/// <c>postgres</c> user, which the server requires. Its default collation is ICU's en-US, a linguistic order, so a result
/// that depends on the database's collation shows up as a difference from DuckDB's byte order.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    public const string User = "blindspot";
    private const string DebianServerFolder = "/usr/lib/postgresql";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    private readonly string _bin;
    private readonly string _folder;
    private readonly string _password;
    private int _stopped;

    private ThrowawayPostgres(string bin, string folder, string password, int port)
    {
        _bin = bin;
        _folder = folder;
        _password = password;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public int Port { get; }

    /// <summary>Why no cluster can be made here (the server tools or, as root, runuser and the postgres user are missing), or null.</summary>
    public static string? MissingTools()
    {
        if (ServerBin() is null)
            return $"the PostgreSQL server tools (initdb, pg_ctl) are not installed: neither in {DebianServerFolder}/<version>/bin nor on PATH " +
                   "(on Debian: apt-get install postgresql)";
        if (!IsRoot) return null;
        if (Which("runuser") is null) return "running as root, the server tools must run as the postgres user, but runuser is not installed";
        var id = Run("id", ["-u", "postgres"], asServerUser: false, check: false);
        return id.ExitCode == 0 ? null : "running as root, the server tools must run as the postgres user, which does not exist";
    }

    /// <summary>Makes and starts a cluster; throws with the tools' output when it cannot.</summary>
    public static ThrowawayPostgres Start()
    {
        if (MissingTools() is { } missing) throw new InvalidOperationException($"Cannot start a throwaway PostgreSQL cluster: {missing}.");
        var bin = ServerBin()!;
        var folder = IsRoot
            ? Run("mktemp", ["-d", "-t", "blindspot-pg-XXXXXX"], asServerUser: true).Out.Trim()
            : Directory.CreateTempSubdirectory("blindspot-pg-").FullName;
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        try
        {
            var passwordFile = Path.Combine(folder, "password");
            File.WriteAllText(passwordFile, password);
            Run(Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(folder, "data"), "-U", User, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8",
                 "--locale=C", "--locale-provider=icu", "--icu-locale=en-US", "--no-sync"], asServerUser: true);
            File.Delete(passwordFile);
            // A free port can be taken between asking and binding: try a few.
            for (var attempt = 1; ; attempt++)
            {
                var port = FreeLoopbackPort();
                var started = Run(Path.Combine(bin, "pg_ctl"),
                    ["-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                     $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} " +
                     "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"], asServerUser: true, check: false);
                if (started.ExitCode == 0) return new ThrowawayPostgres(bin, folder, password, port);
                if (attempt == 3)
                    throw new InvalidOperationException($"pg_ctl start failed (exit {started.ExitCode}): {started.Error}{started.Out}{ServerLog(folder)}");
            }
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Database = database, Username = User, Password = _password, Pooling = false,
    }.ConnectionString;

    /// <summary>A new, empty database (one per test keeps tests apart) and its name.</summary>
    public string CreateDatabase()
    {
        var name = "test_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return name;
    }

    public void Dispose()
    {
        // also called from ProcessExit, possibly while a test's Dispose runs: stop once
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], asServerUser: true, check: false);
        TryDelete(_folder);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? ServerBin()
    {
        if (Directory.Exists(DebianServerFolder))
        {
            var newest = Directory.GetDirectories(DebianServerFolder)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version > 0 && Exists(Path.Combine(d.Dir, "bin", "initdb")) && Exists(Path.Combine(d.Dir, "bin", "pg_ctl")))
                .OrderByDescending(d => d.Version).FirstOrDefault();
            if (newest.Dir is not null) return Path.Combine(newest.Dir, "bin");
        }
        return Which("initdb") is { } initdb && Which("pg_ctl") is not null ? Path.GetDirectoryName(initdb) : null;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin"]).Select(dir => Path.Combine(dir, program)).FirstOrDefault(Exists);

    /// <summary>A file, or a link whose final target is one (a link left behind by an uninstalled server is not).</summary>
    private static bool Exists(string path)
    {
        var file = new FileInfo(path);
        return file.LinkTarget is null ? file.Exists : file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ServerLog(string folder)
    {
        var log = Path.Combine(folder, "server.log");
        return File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : "";
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed record ToolResult(int ExitCode, string Out, string Error);

    private static ToolResult Run(string program, IReadOnlyList<string> args, bool asServerUser, bool check = true)
    {
        var start = new ProcessStartInfo(asServerUser && IsRoot ? Which("runuser")! : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath(),
        };
        if (asServerUser && IsRoot) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ToolTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {ToolTimeout.TotalMinutes} minutes");
        }
        var result = new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
        if (check && result.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed (exit {result.ExitCode}): {result.Error}{result.Out}");
        return result;
    }
}
