using System.CommandLine;
using System.Globalization;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Browser;
using BlindSpot.Notebooks.Export;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot site DIR [--notebooks DIR] [--check] [--screenshot PNG] [--browser EXE]</c>: writes the reading site
/// (index, one page per notebook, one shared plotly.js) from the notebooks' committed outputs; with --check, opens
/// every page in headless Chromium and exits 2 when a page logs an error, requests anything off file://, or draws
/// fewer charts than it has; --screenshot saves the index page as a PNG (implies --check).
/// </summary>
public static class SiteCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "Folder to write the site to (created if missing)" };
        var notebooks = new Option<string?>("--notebooks") { Description = "Folder of notebooks (default: notebooks/ here or at the repository root)" };
        var check = new Option<bool>("--check") { Description = "Open every page in headless Chromium and check it" };
        var screenshot = new Option<string?>("--screenshot") { Description = "Save a PNG of the index page (implies --check)" };
        var browser = new Option<string>("--browser") { Description = "Headless browser for --check", DefaultValueFactory = _ => "chromium" };
        var command = new Command("site", "Write the notebooks as a reading site that works offline from file://") { dir, notebooks, check, screenshot, browser };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(dir)!, parse.GetValue(notebooks), parse.GetValue(check) || parse.GetValue(screenshot) is not null,
                                                 parse.GetValue(screenshot), parse.GetValue(browser)!));
        return command;
    }

    public static async Task<int> RunAsync(string outDir, string? notebooksDir, bool check, string? screenshot, string browser)
    {
        var folder = notebooksDir ?? RepositoryLayout.FindNotebooks(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"site: no notebooks folder found ({notebooksDir ?? "notebooks/ here or at the repository root"})");
            return ExitCodes.UsageOrIo;
        }
        SiteReport site;
        try
        {
            site = Write(RepositoryLayout.NotebooksIn(folder), outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"site: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        if (!check) return ExitCodes.Ok;

        try
        {
            var checks = await SiteCheck.RunAsync(outDir, site, browser, screenshot, c => Console.Error.WriteLine(Line(c)));
            if (screenshot is not null) Console.WriteLine($"screenshot of {ReadingSite.IndexFile} -> {screenshot}");
            var failed = checks.Count(c => !c.Passed);
            Console.WriteLine(failed == 0 ? $"browser check: all {checks.Count} pages passed" : $"browser check: {failed} of {checks.Count} pages failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or System.Net.WebSockets.WebSocketException)
        {
            Console.Error.WriteLine($"site: the browser check could not run: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>Writes the site and prints one line per page and the total size.</summary>
    public static SiteReport Write(IReadOnlyList<string> notebooks, string outDir)
    {
        var site = ReadingSite.Write(notebooks, outDir);
        foreach (var p in site.Pages) Console.WriteLine($"{p.File}  ({p.Charts} chart{(p.Charts == 1 ? "" : "s")})");
        Console.WriteLine($"site: {site.Pages.Count} pages and {ReadingSite.PlotlyFile} in {outDir}, " +
                          $"{(site.TotalBytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB in all");
        return site;
    }

    private static string Line(PageCheck c)
    {
        var status = c.Passed ? "ok  " : "FAIL";
        var line = $"{status} {c.File}: {c.DrawnCharts}/{c.ExpectedCharts} charts drawn";
        foreach (var e in c.ConsoleErrors) line += $"\n     error: {e}";
        foreach (var r in c.Requests) line += $"\n     request: {r}";
        return line;
    }
}
