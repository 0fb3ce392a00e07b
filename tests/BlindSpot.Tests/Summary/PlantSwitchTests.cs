using BlindSpot.Simulation;
using BlindSpot.Summary;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Summary;

/// <summary>
/// Every planted rule tests its plant: over a few small seeds it holds with the plant on and fails with it switched off
/// (the other plants on), so a rule that would hold anyway (as "billing and technical support are not above 1.25×" did)
/// cannot pass here. The full table is in docs/planted-effects.md.
/// </summary>
public class PlantSwitchTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [7000, 7001, 7002, 7003, 7004];

    public static TheoryData<string> Plants => [.. SeedRules.Planted.Select(p => p.Rule.Name)];

    private int Holds(SeedRule rule, PlantedEffects effects, int sessions)
    {
        var work = Path.Combine(Path.GetTempPath(), "blindspot-plant-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new SweepOptions { Sessions = sessions, Learners = ["linear"], Effects = effects, Bootstrap = 100 };
            var holds = Seeds.AsParallel().Count(seed =>
                rule.Holds(SeedRun.Run(seed, options, work).ToDictionary(f => f.Figure, f => f.Value)) == true);
            output.WriteLine($"{rule.Name}: plants {effects.Describe()}: holds in {holds} of {Seeds.Length} seeds");
            return holds;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_planted_rule_holds_with_its_plant_on_and_fails_with_it_off(string name)
    {
        var (rule, plant) = SeedRules.Planted.Single(p => p.Rule.Name == name);
        // The velocity − average AUC is the weakest plant: its rule asks each seed's paired interval to clear 0, which at
        // the committed 1,250 sessions (465 still going at turn 3) it does in some seeds only; 4,000 sessions give it room.
        var sessions = plant == PlantedEffects.EarlyDrop ? 4000 : 600;
        Assert.True(Holds(rule, new PlantedEffects(), sessions) >= Seeds.Length - 1, $"{name} should hold with {plant} on");
        Assert.True(Holds(rule, new PlantedEffects().With(plant, false), sessions) <= 1, $"{name} should fail with {plant} off");
    }

    [Fact]
    public void Planted_names_none_and_all()
    {
        Assert.Equal("none", PlantedEffects.Only(["none"]).Describe());
        Assert.Equal("all", PlantedEffects.Only([]).Describe());
        Assert.Equal(PlantedEffects.Hidden, PlantedEffects.Only([PlantedEffects.Hidden]).Describe());
        Assert.False(PlantedEffects.Only([PlantedEffects.Hidden]).EarlySentimentDrop);
        Assert.Throws<ArgumentException>(() => PlantedEffects.Only(["hidden"]));
        Assert.Throws<ArgumentException>(() => PlantedEffects.Only(["none", PlantedEffects.Hidden]));
        // every planted rule names a plant the simulator can switch
        Assert.All(SeedRules.Planted, p => Assert.Contains(p.Plant, PlantedEffects.PlantNames));
    }
}
