using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// Everything the stages handed on, as the summary reads it. <see cref="Simulation"/> is null for a log that was not
/// simulated here (then no verdict says what the simulator planted); <see cref="Handoff"/> is null for a log without a
/// human leg.
/// </summary>
public sealed record StudyFindings(
    OutcomeFindings Outcomes,
    ModelFindings Models,
    AuditFindings Audit,
    EarlyWarningFindings EarlyWarning,
    HandoffFindings? Handoff,
    SimulationFindings? Simulation = null)
{
    /// <summary>
    /// Every stage's findings from <paramref name="store"/>; a missing one says which notebook to run, and findings made
    /// under different outcome definitions are refused with the notebooks to run again.
    /// </summary>
    public static StudyFindings Load(FindingsStore store)
    {
        var findings = new StudyFindings(
            store.Require<OutcomeFindings>(),
            store.Require<ModelFindings>(),
            store.Require<AuditFindings>(),
            store.Require<EarlyWarningFindings>(),
            store.Load<HandoffFindings>(),
            store.Load<SimulationFindings>());
        findings.CheckOneDefinition();
        return findings;
    }

    /// <summary>These findings, when they were made under <paramref name="outcomeDefinition"/>; otherwise an error saying what to run.</summary>
    public StudyFindings Expecting(string outcomeDefinition) => OutcomeDefinition == outcomeDefinition ? this
        : throw new InvalidDataException(
            $"The saved findings were made under the outcome definition '{OutcomeDefinition}', not '{outcomeDefinition}': " +
            $"run blindspot reproduce -p outcomeDefinition {outcomeDefinition}.");

    /// <summary>The outcome definition every label-dependent stage was run under.</summary>
    public string OutcomeDefinition => Outcomes.OutcomeDefinition;

    private void CheckOneDefinition()
    {
        var stages = new (string Stage, string? Definition)[]
        {
            (ModelFindings.Stage, Models.OutcomeDefinition), (AuditFindings.Stage, Audit.OutcomeDefinition),
            (EarlyWarningFindings.Stage, EarlyWarning.OutcomeDefinition),
        };
        var stale = stages.Where(s => s.Definition is not null && s.Definition != OutcomeDefinition).ToList();
        if (stale.Count > 0)
            throw new InvalidDataException(
                $"{OutcomeFindings.Stage} ran under the outcome definition '{OutcomeDefinition}', but " +
                string.Join(", ", stale.Select(s => $"{s.Stage} under '{s.Definition}'")) +
                $": run them again (blindspot reproduce -p outcomeDefinition {OutcomeDefinition}).");
    }
}
