using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>Everything the stages handed on, as the summary reads it.</summary>
public sealed record StudyFindings(
    OutcomeFindings Outcomes,
    ModelFindings Models,
    AuditFindings Audit,
    EarlyWarningFindings EarlyWarning,
    HandoffFindings Handoff)
{
    /// <summary>Every stage's findings from <paramref name="store"/>; a missing one says which notebook to run.</summary>
    public static StudyFindings Load(FindingsStore store) => new(
        store.Require<OutcomeFindings>(),
        store.Require<ModelFindings>(),
        store.Require<AuditFindings>(),
        store.Require<EarlyWarningFindings>(),
        store.Require<HandoffFindings>());
}
