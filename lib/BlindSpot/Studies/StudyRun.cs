using BlindSpot.Audit;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Studies;

/// <summary>Every stage's output on one turn log.</summary>
public sealed record StudyRun(OutcomeFindings Outcomes, IReadOnlyList<string> CircularColumns, ModelingRun Models, AuditRun Audit,
                              EarlyWarningRun EarlyWarning, HandoffRun? Handoff);
