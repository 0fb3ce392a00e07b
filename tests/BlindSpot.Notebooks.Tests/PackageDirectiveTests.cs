using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Tests.Support;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class PackageDirectiveTests
{
    private const string Props = """
        <Project>
          <ItemGroup>
            <PackageVersion Include="Microsoft.Data.Analysis" Version="0.23.1" />
            <PackageVersion Include="XPlot.Plotly" Version="4.1.0" />
          </ItemGroup>
        </Project>
        """;

    private static async Task<(Ipynb.Notebook Nb, NotebookRunResult Result)> RunWithPropsAsync(string setup, string next = "1")
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("Directory.Packages.props"), Props);
        Directory.CreateDirectory(dir.File("notebooks"));
        var nb = Create(Code(setup), Code(next));
        var result = await NotebookRunner.RunAsync(nb, Path.Combine(dir.File("notebooks"), "n.ipynb"), new NotebookRunOptions());
        return (nb, result);
    }

    [Fact]
    public async Task Pinned_packages_restore_through_the_kernel_and_the_built_library_loads()
    {
        var (nb, result) = await RunWithPropsAsync(
            "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\n#r \"nuget: XPlot.Plotly, 4.1.0\"\n" +
            $"#r \"{typeof(BlindSpot.Logs.TurnLogSchema).Assembly.Location}\"\nusing BlindSpot.Logs;",
            "TurnLogSchema.Columns.Count > 0");

        Assert.True(result.Failures == 0, string.Join("\n", nb.Cells.SelectMany(c => c.Outputs).Select(o => o!.ToJsonString())));
        var installed = Text(OutputsOf(nb, 0)[0], "text/html");
        Assert.Contains("Installed Packages", installed);
        Assert.Contains("Microsoft.Data.Analysis, 0.23.1", installed);
        Assert.Contains("XPlot.Plotly, 4.1.0", installed);
        Assert.Equal("True", Shown(OutputsOf(nb, 1)[0]));
    }

    [Fact]
    public async Task A_version_other_than_the_pin_is_an_error_naming_both_versions()
    {
        var (nb, result) = await RunWithPropsAsync("using System;\n#r \"nuget: Microsoft.Data.Analysis, 0.21.0\"");

        Assert.Equal(1, result.Failures);
        var evalue = OutputsOf(nb, 0)[0]["evalue"]!.GetValue<string>();
        Assert.StartsWith("(2,1):", evalue);
        Assert.Contains("Microsoft.Data.Analysis", evalue);
        Assert.Contains("0.21.0", evalue);
        Assert.Contains("0.23.1", evalue);
        Assert.Null(Count(nb, 1));
    }

    [Fact]
    public async Task An_unknown_package_is_an_error_naming_it_and_the_pins()
    {
        var (nb, result) = await RunWithPropsAsync("#r \"nuget: Newtonsoft.Json, 13.0.3\"");

        Assert.Equal(1, result.Failures);
        var evalue = OutputsOf(nb, 0)[0]["evalue"]!.GetValue<string>();
        Assert.Contains("Newtonsoft.Json", evalue);
        Assert.Contains("13.0.3", evalue);
        Assert.Contains("not pinned in Directory.Packages.props", evalue);
        Assert.Contains("Microsoft.Data.Analysis", evalue);
    }

    [Fact]
    public void Without_a_props_file_the_embedded_copy_of_the_repository_pins_is_used()
    {
        var pins = PackagePins.Find(Path.GetPathRoot(Path.GetTempPath())!);
        var embedded = PackagePins.Embedded();

        Assert.Equal("4.1.0", embedded.VersionOf("XPlot.Plotly"));
        Assert.Equal("0.23.1", embedded.VersionOf("Microsoft.Data.Analysis"));
        Assert.Equal(embedded.Versions.Count, pins.Versions.Count);
    }

    [Fact]
    public async Task Other_dll_references_load_relative_to_the_notebook_and_missing_ones_fail()
    {
        var (nb, result) = await RunWithPropsAsync("#r \"missing/Nothing.dll\"");
        Assert.Equal(1, result.Failures);
        Assert.Equal("(1,1): error CS0006: Metadata file 'missing/Nothing.dll' could not be found",
            OutputsOf(nb, 0).Single(o => Type(o) == "error")["evalue"]!.GetValue<string>());
    }
}
