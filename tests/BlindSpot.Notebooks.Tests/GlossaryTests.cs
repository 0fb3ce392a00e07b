using BlindSpot.Core;

namespace BlindSpot.Notebooks.Tests;

/// <summary>One name per quantity: the glossary's retired names appear in no notebook, README or docs page, and the
/// reader's glossary page lists every name the library's glossary has.</summary>
public class GlossaryTests
{
    private static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    /// <summary>The case study's own term, quoted as a citation, is the one place the retired phrase may stand.</summary>
    private static string WithoutCitations(string text) =>
        text.Replace("\\\"true failure rate\\\"", "").Replace("\"true failure rate\"", "").Replace("“true failure rate”", "").Replace("&quot;true failure rate&quot;", "");

    public static TheoryData<string> ReaderFiles()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal)) files.Add(Path.GetRelativePath(Root, path));
        files.Add("README.md");
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal))
            if (Path.GetFileName(path) != "glossary.md") files.Add(Path.GetRelativePath(Root, path));
        return files;
    }

    [Theory]
    [MemberData(nameof(ReaderFiles))]
    public void No_retired_name_is_left_in_what_readers_see(string file)
    {
        var text = WithoutCitations(File.ReadAllText(Path.Combine(Root, file)));
        var left = Glossary.RetiredNames.Where(name => text.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(left.Count == 0, $"{file} still says: {string.Join(", ", left)} (see docs/glossary.md for the name to use)");
    }

    [Fact]
    public void The_glossary_page_lists_every_name_and_what_it_replaces()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "glossary.md"));
        foreach (var term in Glossary.Terms)
        {
            Assert.Contains($"| {term.Name} |", page);
            foreach (var retired in term.Retired) Assert.Contains($"`{retired}`", page);
        }
    }

    [Fact]
    public void A_retired_name_is_found_and_a_citation_is_not() // the check above can fail
    {
        Assert.Contains("share_not_resolved", Glossary.RetiredNames);
        Assert.DoesNotContain("true failure rate", WithoutCitations("the case study's \"true failure rate\" is 58.6 %"));
        Assert.Contains("true failure rate", WithoutCitations("our true failure rate is 59.1 %"));
    }
}
