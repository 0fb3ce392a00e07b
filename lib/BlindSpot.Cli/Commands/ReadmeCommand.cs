using System.CommandLine;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Cli.Commands;

/// <summary>Rewrites README.md's generated blocks from the executed notebooks (the headline table of notebook 07).</summary>
public static class ReadmeCommand
{
    /// <summary>README block name → (notebook, cell id) whose text output it holds.</summary>
    public static readonly IReadOnlyDictionary<string, (string Notebook, string Cell)> Blocks = new Dictionary<string, (string, string)>
    {
        ["headline"] = ("07-summary.ipynb", "claims"),
        ["roadmap"] = ("07-summary.ipynb", "roadmap"),
        ["differences"] = ("07-summary.ipynb", "differences"),
    };

    public static Command Create()
    {
        var readme = new Option<string>("--readme") { Description = "The README to update.", DefaultValueFactory = _ => "README.md" };
        var command = new Command("readme", "Update README.md's headline table from the executed summary notebook.") { readme };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(readme)!;
            return VerbAction.Run("readme", () =>
            {
                Update(path);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>Rewrites every block of the README at <paramref name="path"/> from the executed notebooks beside it.</summary>
    public static void Update(string path)
    {
        var text = File.ReadAllText(path);
        foreach (var (block, (notebook, cell)) in Blocks)
            text = ReadmeBlock.Replace(text, block, ReadmeBlock.CellText(NotebookFile.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "notebooks", notebook)), cell));
        File.WriteAllText(path, text);
        Console.WriteLine($"updated {path}: {string.Join(", ", Blocks.Keys)}");
    }
}
