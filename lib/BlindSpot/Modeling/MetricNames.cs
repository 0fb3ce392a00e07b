namespace BlindSpot.Modeling;

/// <summary>The names of the cross-validated metrics (see <see cref="LevelMetrics"/> and <see cref="HierarchicalMetrics"/>).</summary>
public static class MetricNames
{
    /// <summary>F1 of failed (positive) vs resolved.</summary>
    public const string LevelOneF1 = "l1_f1";

    /// <summary>Level 2 on observed failures only; macro F1 over {escalated, abandoned}. Nested design only.</summary>
    public const string LevelTwoOracleF1 = "l2_oracle_macro_f1";

    /// <summary>Level 2 behind the real level 1 (routing errors count); macro F1 over {escalated, abandoned}.</summary>
    public const string LevelTwoRoutedF1 = "l2_routed_macro_f1";

    /// <summary>End-to-end macro F1 over resolved, escalated, abandoned.</summary>
    public const string MacroF1 = "macro_f1";

    /// <summary>Hierarchical (ancestor-augmented, micro) F1.</summary>
    public const string HierarchicalF1 = "hierarchical_f1";

    public static readonly IReadOnlyList<string> All = [LevelOneF1, LevelTwoOracleF1, LevelTwoRoutedF1, MacroF1, HierarchicalF1];
}
