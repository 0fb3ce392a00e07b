using BlindSpot.Notebooks.Browser;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The reading site built from the committed notebooks, opened page by page from file:// in Debian's headless
/// chromium: no console error, no request off the machine, every chart output drawn. CI installs chromium;
/// elsewhere, without it, the tests say so and pass.
/// </summary>
public class ReadingSiteBrowserTests(ITestOutputHelper log)
{
    private static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    private static IReadOnlyList<string> Notebooks => RepositoryLayout.NotebooksIn(Path.Combine(Root, "notebooks"));

    [Fact]
    public async Task Every_page_of_the_committed_site_loads_offline_without_errors_and_draws_every_chart()
    {
        if (!BrowserAvailable()) return;
        using var dir = new TempDir();
        var site = ReadingSite.Write(Notebooks, dir.Path);
        var screenshot = dir.File("index.png");

        var checks = await SiteCheck.RunAsync(dir.Path, site, screenshotPath: screenshot);

        Assert.Equal([ReadingSite.IndexFile, .. Notebooks.Select(n => Path.GetFileNameWithoutExtension(n) + ".html")], checks.Select(c => c.File));
        foreach (var c in checks)
        {
            Assert.Empty(c.ConsoleErrors);
            Assert.Empty(c.Requests);
            Assert.Equal(c.ExpectedCharts, c.DrawnCharts);
        }
        Assert.All(checks.Skip(1), c => Assert.True(c.ExpectedCharts > 0, $"{c.File} has no chart"));
        Assert.True(checks[0].ExpectedCharts > 0, "the index page shows the reveal chart");
        Assert.InRange(site.TotalBytes, 1, 8L * 1024 * 1024 - 1);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(screenshot).Take(4));
    }

    [Fact]
    public async Task The_check_fails_a_page_that_cannot_draw_or_that_reaches_the_network()
    {
        if (!BrowserAvailable()) return;
        using var dir = new TempDir();
        var site = ReadingSite.Write(Notebooks, dir.Path);
        File.Delete(dir.File(ReadingSite.PlotlyFile));
        var index = dir.File(ReadingSite.IndexFile);
        File.WriteAllText(index, File.ReadAllText(index).Replace("</main>", "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"></main>"));

        var checks = await SiteCheck.RunAsync(dir.Path, site);

        var first = checks[0];
        Assert.Equal(0, first.DrawnCharts);
        Assert.Contains("http://127.0.0.1:9/pixel.png", first.Requests);
        Assert.NotEmpty(first.ConsoleErrors);
        Assert.All(checks.Where(c => c.ExpectedCharts > 0), c => Assert.False(c.Passed, c.File));
    }

    private bool BrowserAvailable()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "chromium")));
        if (found) return true;
        Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI must run this test: Debian's chromium is not installed (apt-get install chromium)");
        log.WriteLine("not run here: Debian's chromium is not installed (apt-get install chromium)");
        return false;
    }
}
