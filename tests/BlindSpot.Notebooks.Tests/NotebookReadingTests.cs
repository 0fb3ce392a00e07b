using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// What a reader of the committed notebooks can count on: a picture in every notebook, a static image in every chart
/// output, no long table without a chart, and the same opening and closing in each.
/// </summary>
public partial class NotebookReadingTests
{
    private static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    public static TheoryData<string> Notebooks() =>
        [.. RepositoryLayout.NotebooksIn(Path.Combine(Root, "notebooks")).Select(p => Path.GetFileName(p))];

    private static Notebook Read(string name) => NotebookFile.Read(Path.Combine(Root, "notebooks", name));

    private static IEnumerable<JsonObject> Outputs(NotebookCell cell) => cell.Outputs.OfType<JsonObject>();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_has_a_chart_and_every_chart_output_carries_a_static_svg_picture(string name)
    {
        var charts = Read(name).Cells.Where(c => c.IsCode).SelectMany(Outputs).Where(HtmlExporter.IsChart).ToList();

        Assert.NotEmpty(charts);
        foreach (var output in charts)
        {
            var svg = XElement.Parse(MultilineText.Join(output["data"]!["image/svg+xml"]));
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Contains("<svg ", MultilineText.Join(output["data"]!["text/html"]));
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void No_output_shows_a_table_of_more_than_20_rows_outside_a_collapsed_details_element(string name)
    {
        foreach (var cell in Read(name).Cells.Where(c => c.IsCode))
            foreach (var output in Outputs(cell))
            {
                if (output["data"]?["text/html"] is not { } html) continue;
                var visible = Details().Replace(MultilineText.Join(html), "");
                foreach (Match table in Table().Matches(visible))
                {
                    var rows = Regex.Matches(table.Value, "<tr>").Count - 1;
                    Assert.True(rows <= 20, $"{name} cell {cell.Id}: a table of {rows} rows is shown in full");
                }
            }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_opens_with_its_question_what_it_reads_and_writes_and_ends_with_its_answer(string name)
    {
        var notebook = Read(name);
        var intro = notebook.Cells.First().Source;
        Assert.Matches(@"^# .*\n\n\*\*Question:\*\* .+\?  \n\*\*Reads:\*\* .+  \n\*\*Writes:\*\* .+\n", intro);

        var last = notebook.Cells.Last(c => c.IsCode && c.Outputs.Count > 0);
        Assert.Contains(last.Id, new[] { "answer", "findings" });
        var text = MultilineText.Join(Outputs(last).Single()["data"]!["text/plain"]);
        Assert.Single(SentenceEnd().Matches(text));
    }

    [GeneratedRegex("<details>.*?</details>", RegexOptions.Singleline)]
    private static partial Regex Details();

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    /// <summary>A full stop ending a sentence (not a decimal point or an abbreviation inside one).</summary>
    [GeneratedRegex(@"\.\s|\.$")]
    private static partial Regex SentenceEnd();
}
