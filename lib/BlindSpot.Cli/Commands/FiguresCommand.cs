using System.CommandLine;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// Renders the README's pictures from the executed notebooks' own charts. The list is
/// <c>notebooks/figures/figures.tsv</c>: png name, notebook, cell id (tab-separated, # comments).
/// </summary>
public static class FiguresCommand
{
    public static Command Create()
    {
        var manifest = new Option<string>("--manifest") { Description = "The figure list.", DefaultValueFactory = _ => Path.Combine("notebooks", "figures", "figures.tsv") };
        var browser = new Option<string>("--browser") { Description = "Headless browser to render with.", DefaultValueFactory = _ => "chromium" };
        var command = new Command("figures", "Render the README's PNG figures from the notebooks' chart outputs (needs Debian's chromium).") { manifest, browser };
        command.SetAction(parse =>
        {
            var list = parse.GetValue(manifest)!;
            if (!File.Exists(list))
            {
                Console.Error.WriteLine($"figures: {list} not found (run from the repository root).");
                return ExitCodes.UsageOrIo;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(list))!;
            return VerbAction.Run("figures", () =>
            {
                foreach (var line in File.ReadAllLines(list).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
                {
                    var parts = line.Split('\t');
                    if (parts.Length != 3) throw new FormatException($"{list}: '{line}' is not 'png<TAB>notebook<TAB>cell id'");
                    var notebook = NotebookFile.Read(Path.Combine("notebooks", parts[1]));
                    var png = Path.Combine(folder, parts[0]);
                    FigurePng.Render(FigurePng.ChartHtml(notebook, parts[2]), png, parse.GetValue(browser)!);
                    Console.WriteLine($"{parts[1]} [{parts[2]}] -> {Path.GetRelativePath(Directory.GetCurrentDirectory(), png)}");
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
