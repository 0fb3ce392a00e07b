using System.Text.RegularExpressions;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// The library's folders depend one way: each on Core and on earlier stages only, never on a later one, so data and
/// code flow in the order the notebooks run. Read from the sources: a <c>using BlindSpot.X;</c> or a qualified
/// <c>BlindSpot.X.</c> in a file of folder Y is a dependency of Y on X.
/// </summary>
public partial class StageDependencyTests
{
    /// <summary>The stages in order (README's layout section shows the same order).</summary>
    public static readonly string[] Order =
        ["Core", "Charts", "Display", "Logs", "Simulation", "Sql", "Modeling", "Audit", "EarlyWarning", "Handoff", "Summary"];

    private static string Library => RepoPaths.Of("lib", "BlindSpot");

    [Fact]
    public void Every_folder_of_the_library_is_a_known_stage()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(Order.Order(), folders);
    }

    [Fact]
    public void No_stage_depends_on_a_later_stage()
    {
        var violations = new List<string>();
        foreach (var (stage, rank) in Order.Select((s, i) => (s, i)))
            foreach (var file in Directory.GetFiles(Path.Combine(Library, stage), "*.cs", SearchOption.AllDirectories))
                foreach (Match m in Reference().Matches(File.ReadAllText(file)))
                {
                    var target = m.Groups["stage"].Value;
                    var targetRank = Array.IndexOf(Order, target);
                    if (targetRank > rank)
                        violations.Add($"{Path.GetRelativePath(Library, file)} uses {target} (stage {targetRank + 1}) from {stage} (stage {rank + 1})");
                }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_scan_sees_a_dependency_on_a_later_stage()
    {
        Assert.Equal("Summary", Reference().Match("using BlindSpot.Summary;").Groups["stage"].Value);
        Assert.Equal("Modeling", Reference().Match("var x = BlindSpot.Modeling.Learner.ByName(\"linear\");").Groups["stage"].Value);
    }

    [GeneratedRegex(@"\bBlindSpot\.(?<stage>[A-Z]\w*)\b(?=\s*;|\.)")]
    private static partial Regex Reference();
}
