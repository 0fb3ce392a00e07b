using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

/// <summary>What the kernel's display functions and the library's formatters give in a notebook run by the runner.</summary>
public class DisplayTests
{
    [Fact]
    public async Task Display_HTML_and_the_Display_extension_give_display_data_outputs()
    {
        var (nb, _) = await RunCodeAsync("display(HTML(\"<b>bold</b>\"));\n\"<i>text</i>\".Display();");

        var outputs = OutputsOf(nb, 0);
        Assert.Equal(["display_data", "display_data"], outputs.Select(Type));
        Assert.All(outputs, o => Assert.NotNull(o["metadata"]));
        Assert.Equal("<b>bold</b>", Text(outputs[0], "text/html"));
        Assert.Equal("<i>text</i>", Text(outputs[1]));
        Assert.Null(outputs[1]["data"]!["text/html"]);
    }

    [Fact]
    public async Task A_null_trailing_expression_shows_as_null_as_in_Jupyter()
    {
        var (nb, _) = await RunCodeAsync("string s = null;\ns");
        Assert.Equal("<null>", Shown(Assert.Single(OutputsOf(nb, 0))));
    }

    [Fact]
    public async Task A_DataFrame_shows_the_librarys_escaped_table_not_the_kernels_own()
    {
        var (nb, result) = await RunCodeAsync(
            LibrarySetup,
            "using Microsoft.Data.Analysis;\n" +
            "new DataFrame(new StringDataFrameColumn(\"name\", new[] { \"<b>x</b>\", \"y\" }), new PrimitiveDataFrameColumn<int>(\"n\", new[] { 1, 2 }))");

        Assert.Equal(0, result.Failures);
        var output = Assert.Single(OutputsOf(nb, 1));
        Assert.Equal("execute_result", Type(output));
        Assert.StartsWith("<table class=\"dataframe\">", Text(output, "text/html"));
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", Text(output, "text/html"));
        Assert.Equal("name      n\n<b>x</b>  1\ny         2", Text(output));
    }
}
