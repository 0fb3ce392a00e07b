namespace BlindSpot.Tests.Architecture;

/// <summary>
/// The library's folders depend one way: each on Core and on earlier stages only, never on a later one, so data and
/// code flow in the order the notebooks run. Read from the compiled library, so a dependency counts however it is
/// written (a using, a partly or fully qualified name, a var) and a using that names nothing does not.
/// </summary>
public class StageDependencyTests
{
    private static string Library => RepoPaths.Of("lib", "BlindSpot");

    private static string Compiled => typeof(BlindSpot.Core.Interval).Assembly.Location;

    [Fact]
    public void Every_folder_of_the_library_is_a_known_stage()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(Stages.Order.Order(), folders);
    }

    [Fact]
    public void Every_namespace_of_the_compiled_library_is_a_known_stage()
    {
        var unknown = LayeringCheck.Namespaces(Compiled).Where(n => Stages.Rank(Stages.SegmentOf(n)!) == 0).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void No_stage_depends_on_a_later_stage()
    {
        var violations = LayeringCheck.Violations(Compiled);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_a_planted_dependency_on_a_later_stage()
    {
        using var planted = new PlantedAssembly("""
            namespace BlindSpot.Core { public class Planted { public object Make() => new BlindSpot.Summary.Later(); } }
            namespace BlindSpot.Summary { public class Later {} }
            """);
        Assert.Equal(["Planted (Core, stage 1) uses Later (Summary, stage 12)"], LayeringCheck.Violations(planted.Path));
    }
}
