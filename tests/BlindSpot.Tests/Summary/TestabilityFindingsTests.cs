using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;

namespace BlindSpot.Tests.Summary;

/// <summary>What the rules need is saved with the findings and read back as it was (intervals with NaN bounds included).</summary>
public class TestabilityFindingsTests
{
    [Fact]
    public void Intervals_failure_counts_and_alert_evidence_survive_the_findings_store()
    {
        using var folder = new TempFolder();
        var store = new FindingsStore(folder.Path);
        var clear = LogVerdictTests.Clear;
        var early = clear.EarlyWarning with { Alert = clear.EarlyWarning.Alert! with { AucInterval = Interval.None, Auc = double.NaN } };
        store.Save(clear.Models);
        store.Save(clear.Audit);
        store.Save(early);

        var models = store.Require<ModelFindings>();
        Assert.Equal(new Interval(0.72, 0.75), models.Learners["linear"].FlatMacroF1Interval);
        Assert.Equal(0.335, models.ShuffledNestedMacroF1);
        Assert.True(models.ComparisonCheck("linear").IsTestable);
        Assert.Equal(120, store.Require<AuditFindings>().Groups["billing"].Failures);
        var alert = store.Require<EarlyWarningFindings>().Alert!;
        Assert.Equal(new Interval(1.60, 2.10), alert.LiftInterval);
        Assert.False(alert.AucInterval.IsDefined);
        Assert.Equal(early.Alert!.Check().Sentence, alert.Check().Sentence);
    }
}
