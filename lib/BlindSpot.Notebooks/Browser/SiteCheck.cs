using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Export;

namespace BlindSpot.Notebooks.Browser;

/// <summary>One page as a browser saw it: charts expected and drawn, console errors, requests that left file://.</summary>
public sealed record PageCheck(string File, int ExpectedCharts, int DrawnCharts, IReadOnlyList<string> ConsoleErrors, IReadOnlyList<string> Requests)
{
    public bool Passed => ExpectedCharts == DrawnCharts && ConsoleErrors.Count == 0 && Requests.Count == 0;
}

/// <summary>
/// Opens every page of a reading site from file:// in headless Chromium and reports what went wrong: a console
/// error or uncaught exception, a request to anything but a local file (or data:/blob:), or fewer (or more) drawn
/// plotly charts than the page has chart outputs.
/// </summary>
public static class SiteCheck
{
    private static readonly string[] LocalSchemes = ["file:", "data:", "blob:", "about:"];

    public static async Task<IReadOnlyList<PageCheck>> RunAsync(string siteDir, SiteReport site, string browserExecutable = "chromium",
                                                                 string? screenshotPath = null, Action<PageCheck>? progress = null)
    {
        await using var browser = await DevToolsBrowser.LaunchAsync(browserExecutable);
        var checks = new List<PageCheck>();
        foreach (var page in site.Pages)
        {
            var url = new Uri(Path.GetFullPath(Path.Combine(siteDir, page.File))).AbsoluteUri;
            await browser.NavigateAsync(url, TimeSpan.FromSeconds(60));
            var drawn = await DrawnChartsAsync(browser, page.Charts, TimeSpan.FromSeconds(20));
            var check = new PageCheck(page.File, page.Charts, drawn, Errors(browser), Requests(browser));
            checks.Add(check);
            progress?.Invoke(check);
            if (screenshotPath is not null && page.File == ReadingSite.IndexFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
                await File.WriteAllBytesAsync(screenshotPath, await browser.ScreenshotAsync());
            }
        }
        return checks;
    }

    /// <summary>plotly.js marks every drawn chart with the class js-plotly-plot; waits until the expected number is there.</summary>
    private static async Task<int> DrawnChartsAsync(DevToolsBrowser browser, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var drawn = (await browser.EvaluateAsync(
                "Array.from(document.querySelectorAll('.js-plotly-plot')).filter(p => p.querySelector('.main-svg')).length"))!.GetValue<int>();
            if (drawn >= expected || DateTime.UtcNow > deadline) return drawn;
            await Task.Delay(100);
        }
    }

    private static List<string> Errors(DevToolsBrowser browser)
    {
        var errors = new List<string>();
        foreach (var (method, p) in browser.Events)
        {
            if (method == "Runtime.exceptionThrown")
                errors.Add("uncaught: " + (p["exceptionDetails"]?["exception"]?["description"] ?? p["exceptionDetails"]?["text"]));
            else if (method == "Runtime.consoleAPICalled" && p["type"]?.GetValue<string>() is "error" or "assert")
                errors.Add("console." + p["type"] + ": " + string.Join(" ", (p["args"] as JsonArray ?? []).Select(a => a?["value"] ?? a?["description"])));
            else if (method == "Log.entryAdded" && p["entry"]?["level"]?.GetValue<string>() == "error")
                errors.Add("log: " + p["entry"]?["text"] + " " + p["entry"]?["url"]);
        }
        return errors;
    }

    private static List<string> Requests(DevToolsBrowser browser) =>
        [.. browser.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params["request"]?["url"]?.GetValue<string>() ?? "")
            .Where(url => !LocalSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Distinct()];
}
