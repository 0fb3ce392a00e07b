using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Parameters;
using CsCheck;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class ParameterTests
{
    private static readonly (string, string, string[])[] Cells =
    [
        Code("var seed = 42;\nvar rate = 0.25; // a comment\nvar name = \"three_tier\";\nbool verbose = false;\nvar big = 5000000000;", "parameters"),
        Code("$\"{seed}|{rate}|{name}|{verbose}|{big}|{seed.GetType().Name}|{rate.GetType().Name}|{big.GetType().Name}\""),
    ];

    private static NotebookRunOptions With(params (string Name, string Value)[] p) =>
        new() { Parameters = [.. p.Select(x => KeyValuePair.Create(x.Name, x.Value))] };

    [Fact]
    public async Task Defaults_apply_without_overrides()
    {
        var (nb, _) = await RunAsync(null, Cells);
        Assert.Equal(2, nb.Cells.Count);
        Assert.Equal("42|0.25|three_tier|False|5000000000|Int32|Double|Int64", Text(OutputsOf(nb, 1)[0]));
    }

    [Fact]
    public async Task Injected_parameters_follow_the_parameters_cell_and_their_values_are_used()
    {
        var (nb, result) = await RunAsync(With(("seed", "7"), ("rate", "2"), ("name", "say \"hi\"\\"), ("verbose", "true"), ("big", "12")), Cells);

        Assert.Equal(0, result.Failures);
        var injected = nb.Cells[1];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("injected-parameters", injected.Id);
        Assert.Equal("// Parameters\nvar seed = 7;\nvar rate = 2.0;\nvar name = \"say \\\"hi\\\"\\\\\";\nvar verbose = true;\nvar big = 12L;", injected.Source);
        Assert.Equal("7|2|say \"hi\"\\|True|12|Int32|Double|Int64", Text(OutputsOf(nb, 2)[0]));
    }

    [Fact]
    public async Task A_second_injection_replaces_the_first()
    {
        var nb = Create(Cells);
        ParameterInjector.Inject(nb, [KeyValuePair.Create("seed", "1")]);
        ParameterInjector.Inject(nb, [KeyValuePair.Create("seed", "2")]);

        Assert.Equal(3, nb.Cells.Count);
        Assert.Equal("// Parameters\nvar seed = 2;", nb.Cells[1].Source);
        await Task.CompletedTask;
    }

    [Fact]
    public void An_unknown_parameter_is_an_error_listing_the_known_ones()
    {
        var nb = Create(Cells);
        var ex = Assert.Throws<ParameterException>(() => ParameterInjector.Inject(nb, [KeyValuePair.Create("sead", "1")]));
        Assert.Contains("'sead'", ex.Message);
        Assert.Contains("seed, rate, name, verbose, big", ex.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error()
    {
        var nb = Create(Cells);
        var ex = Assert.Throws<ParameterException>(() => ParameterInjector.Inject(nb, [KeyValuePair.Create("seed", "1.5")]));
        Assert.Contains("'seed' is int", ex.Message);
    }

    [Fact]
    public void Papermill_shaped_cells_are_read_back()
    {
        var defaults = ParameterCell.Parse("// Parameters\nvar alpha = 0.1;\nvar n = 3;\nvar label = \"x\";\nvar flag = true;\nvar huge = 3000000000L;");
        Assert.Equal(
            [("alpha", ParameterKind.Double), ("n", ParameterKind.Int), ("label", ParameterKind.String), ("flag", ParameterKind.Bool), ("huge", ParameterKind.Long)],
            defaults.Select(d => (d.Name, d.Kind)));
    }

    [Fact]
    public async Task Random_string_and_double_values_survive_injection_exactly()
    {
        var strings = Gen.String.Array[25].Generate(new PCG(3, 5), null, out _)
            .Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray())).ToArray();
        var doubles = Gen.Double.Array[25].Generate(new PCG(4, 6), null, out _);
        var defaults = string.Join("\n", strings.Select((_, i) => $"var s{i} = \"\";").Concat(doubles.Select((_, i) => $"var d{i} = 0.0;")));
        var overrides = strings.Select((v, i) => KeyValuePair.Create($"s{i}", v))
            .Concat(doubles.Select((v, i) => KeyValuePair.Create($"d{i}", v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        var check =
            $"var ss = new[] {{ {string.Join(", ", strings.Select((_, i) => $"s{i}"))} }};\n" +
            $"var ds = new[] {{ {string.Join(", ", doubles.Select((_, i) => $"d{i}"))} }};\n" +
            "string.Join(\"\\u0001\", ss.Select(s => string.Join(\".\", s.Select(c => ((int)c).ToString())))) + \"|\" + string.Join(\";\", ds.Select(BitConverter.DoubleToInt64Bits))";

        var (nb, result) = await RunAsync(new NotebookRunOptions { Parameters = overrides }, Code(defaults, "parameters"), Code(check));

        Assert.Equal(0, result.Failures);
        var expected = string.Join("\u0001", strings.Select(s => string.Join(".", s.Select(c => ((int)c).ToString())))) + "|" +
                       string.Join(";", doubles.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expected, Text(OutputsOf(nb, 2)[0]));
    }
}
