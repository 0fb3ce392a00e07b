using BlindSpot.Core;

namespace BlindSpot.Sql;

/// <summary>
/// The failure share of a log without a latent truth, as a range over the outcome definitions whose label is determined
/// on it (<see cref="LabelDeterminacy"/>), or, when none is, over all of them and marked undetermined: one number would
/// pass off one definition's default branch as a finding.
/// </summary>
public sealed record FailureShareRange(double Low, double High, IReadOnlyList<string> Definitions, bool Determined)
{
    public static FailureShareRange Of(IEnumerable<LabelDeterminacy> definitions)
    {
        var all = definitions.Where(d => d.Sessions > 0).ToList();
        if (all.Count == 0) throw new ArgumentException("no definition labels any session", nameof(definitions));
        var determined = all.Where(d => d.IsDetermined).ToList();
        var used = determined.Count > 0 ? determined : all;
        return new FailureShareRange(used.Min(d => d.FailureShare), used.Max(d => d.FailureShare),
            [.. used.Select(d => d.Definition).Order(StringComparer.Ordinal)], determined.Count > 0);
    }

    public string Text => Low == High ? NumberText.Percent(Low) : $"{NumberText.Percent(Low)} to {NumberText.Percent(High)}";

    /// <summary>The range in one sentence, with the definitions it spans.</summary>
    public string Sentence => Determined
        ? $"The failure share is {Text} under the {Definitions.Count} outcome definition{(Definitions.Count == 1 ? "" : "s")} whose label this log determines ({string.Join(", ", Definitions)})."
        : $"Undetermined: no outcome definition's label is determined on this log; over all {Definitions.Count} the failure share ranges from {Text}, " +
          "a spread that says how much the choice of definition, not the users, decides it.";
}
