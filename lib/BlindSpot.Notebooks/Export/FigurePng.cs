using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Export;

/// <summary>
/// Renders the chart a notebook cell shows to a PNG with a real headless browser (Debian's chromium), so the
/// README's pictures are the notebooks' own charts, not redrawn ones. Offline: plotly.js is inlined.
/// </summary>
public static class FigurePng
{
    public const int Width = 800, Height = 480;

    /// <summary>The chart output (text/html calling Plotly.newPlot) of the cell with this id.</summary>
    public static string ChartHtml(Notebook notebook, string cellId)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c.Id == cellId)
            ?? throw new ArgumentException($"No cell with id '{cellId}'.");
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            var html = output["data"]?["text/html"];
            var text = html is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : html?.GetValue<string>();
            if (text is not null && text.Contains("Plotly.newPlot", StringComparison.Ordinal)) return text;
        }
        throw new ArgumentException($"Cell '{cellId}' has no chart output: run the notebook first.");
    }

    public static string Page(string chartHtml) =>
        new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff} .modebar{display:none !important}</style>\n<script>\n")
            .Append(PlotlyJs.Script).Append("\n</script></head><body>\n").Append(chartHtml).Append("\n</body></html>\n").ToString();

    /// <summary>Writes <paramref name="pngPath"/>; returns the browser's complaint when it could not.</summary>
    public static void Render(string chartHtml, string pngPath, string browser = "chromium")
    {
        var work = Directory.CreateTempSubdirectory("blindspot-figure-");
        try
        {
            var page = Path.Combine(work.FullName, "figure.html");
            File.WriteAllText(page, Page(chartHtml));
            var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                $"--window-size={Width},{Height}", "--virtual-time-budget=5000", $"--screenshot={Path.GetFullPath(pngPath)}", new Uri(page).AbsoluteUri,
            }) start.ArgumentList.Add(arg);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException($"'{browser}' was not found: install Debian's chromium (apt-get install chromium) to render figures.");
            }
            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(60_000)) { process.Kill(true); throw new InvalidOperationException("the browser did not finish within 60 s"); }
                if (process.ExitCode != 0 || !File.Exists(pngPath))
                    throw new InvalidOperationException($"the browser could not render {pngPath} (exit {process.ExitCode}): {stderr.Result.Trim()}");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
