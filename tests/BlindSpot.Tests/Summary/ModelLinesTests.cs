using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>The simulator lines a "by construction" or "not testable in simulation" verdict cites are in their files as cited.</summary>
public class ModelLinesTests
{
    [Fact]
    public void Every_cited_line_is_in_its_file()
    {
        foreach (var line in ModelLines.All)
            Assert.Contains(line.Code, File.ReadAllText(RepoPaths.Of(line.File)));
    }

    [Fact]
    public void The_words_carry_the_models_own_figures()
    {
        Assert.Equal("persisters ask for a human after 2–6 failures", ModelLines.PersisterPatience.Effect);
        Assert.Equal("silent abandoners leave right after a failed bot turn with p = 0.70", ModelLines.AbandonAfterFailure.Effect);
    }
}
