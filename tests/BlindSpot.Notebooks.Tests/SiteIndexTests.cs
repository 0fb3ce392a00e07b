using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Tests.Support;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The reading site's first page, built from the committed notebooks, as a reader meets it: its tables have headers in
/// words (no column identifier such as <c>escalation_only_failure_share</c>) and no row numbers.
/// </summary>
public partial class SiteIndexTests
{
    private static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    private static string Index()
    {
        using var dir = new TempDir();
        ReadingSite.Write(RepositoryLayout.NotebooksIn(Path.Combine(Root, "notebooks")), dir.Path);
        return File.ReadAllText(dir.File(ReadingSite.IndexFile));
    }

    [Fact]
    public void The_index_tables_have_headers_in_words_and_no_row_numbers()
    {
        var html = Index();

        Assert.DoesNotContain("escalation_only_failure_share", html);
        var headers = Header().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.DoesNotMatch(Identifier(), h));
        Assert.All(headers, h => Assert.DoesNotMatch(@"^\d+$", h));
        Assert.DoesNotMatch(RowIndex(), html);
    }

    [Fact]
    public void The_reveal_reads_its_shares_as_percentages()
    {
        var html = Index();
        var reveal = html[html.IndexOf("<h2>The reveal", StringComparison.Ordinal)..html.IndexOf("<h2>", html.IndexOf("<h2>The reveal", StringComparison.Ordinal) + 4, StringComparison.Ordinal)];

        Assert.Matches(@"<td[^>]*>\d+\.\d %</td>", reveal);
        Assert.DoesNotMatch(@"<td[^>]*>0\.\d+</td>", reveal);
    }

    [GeneratedRegex(@"<th[^>]*>([^<]*)</th>")]
    private static partial Regex Header();

    /// <summary>A column identifier: lower-case words joined by underscores.</summary>
    [GeneratedRegex(@"^[a-z0-9]+(_[a-z0-9]+)+$")]
    private static partial Regex Identifier();

    /// <summary>A row that opens with a bare row number, as a DataFrame printed with its index shows it.</summary>
    [GeneratedRegex(@"<tr>\s*<t[hd][^>]*>\d+</t[hd]>")]
    private static partial Regex RowIndex();
}
