using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Browser;

/// <summary>
/// A headless Chromium driven over the DevTools protocol (one WebSocket, no extra package): launched with a fresh
/// profile and no background networking, one page attached in flat mode. Events of that page are kept in
/// <see cref="Events"/> until cleared. Disposing kills the browser and deletes its profile.
/// </summary>
public sealed class DevToolsBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private int _nextId;
    private string? _session;

    private DevToolsBrowser(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Every event the page sent (method and params), in order.</summary>
    public ConcurrentQueue<(string Method, JsonObject Params)> Events { get; } = new();

    public static async Task<DevToolsBrowser> LaunchAsync(string executable = "chromium", int width = 1100, int height = 1400)
    {
        var profile = Directory.CreateTempSubdirectory("blindspot-browser-");
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
            "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}", "about:blank",
        }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            profile.Delete(true);
            throw new InvalidOperationException($"'{executable}' was not found: install Debian's chromium (apt-get install chromium).");
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new DevToolsBrowser(process, profile);
        try
        {
            await browser.ConnectAsync(width, height);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
        return browser;
    }

    private async Task ConnectAsync(int width, int height)
    {
        // Chromium writes the port it chose and the browser's WebSocket path to DevToolsActivePort in the profile.
        var portFile = Path.Combine(_profile.FullName, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] lines = [];
        while (lines.Length < 2)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the browser exited at start (exit {_process.ExitCode}).");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the browser did not open its DevTools port within 30 s.");
            await Task.Delay(100);
            try { lines = File.Exists(portFile) ? File.ReadAllLines(portFile) : []; } catch (IOException) { }
        }
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), CancellationToken.None);
        _reader = Task.Run(ReadLoopAsync);

        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await SendAsync("Target.attachToTarget",
            new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        _session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "Network.enable" }) await SendAsync(domain);
        await SendAsync("Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel && _session is not null) message["sessionId"] = _session;
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var done = await Task.WhenAny(reply.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (done != reply.Task) throw new TimeoutException($"the browser did not answer {method} within 60 s.");
        var result = await reply.Task;
        if (result["error"] is JsonObject error) throw new InvalidOperationException($"{method}: {error["message"]}");
        return result["result"] as JsonObject ?? [];
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (by value, as JSON).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is JsonObject ex) throw new InvalidOperationException($"script error: {ex["text"]} {ex["exception"]?["description"]}");
        return result["result"]?["value"];
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url, TimeSpan timeout)
    {
        Events.Clear();
        var navigated = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (navigated["errorText"] is { } errorText) throw new InvalidOperationException($"{url}: {errorText}");
        var deadline = DateTime.UtcNow + timeout;
        while (!Events.Any(e => e.Method == "Page.loadEventFired"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url} did not finish loading within {timeout.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var r = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                var node = JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)) as JsonObject;
                message.SetLength(0);
                if (node is null) continue;
                if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply)) reply.TrySetResult(node);
                else if (node["method"] is { } method && (_session is null || node["sessionId"]?.GetValue<string>() == _session))
                    Events.Enqueue((method.GetValue<string>(), node["params"] as JsonObject ?? []));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException) { }
        foreach (var pending in _pending.Values) pending.TrySetException(new InvalidOperationException("the browser closed its DevTools connection."));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open) await SendAsync("Browser.close", browserLevel: true).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception) { /* the browser is killed below anyway */ }
        _stop.Cancel();
        try
        {
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        _socket.Dispose();
        if (_reader is not null) await Task.WhenAny(_reader, Task.Delay(2000));
        try { _profile.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
