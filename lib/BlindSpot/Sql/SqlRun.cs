using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>headline.sql's queries as the SQL stage ran them: the tables notebook 02 shows, not queried again.</summary>
/// <param name="DefinitionsVsTruth">Every definition scored against the latent truth; null on a log without one.</param>
public sealed record HeadlineTables(DataFrame OutcomeShares, DataFrame Reveal, DataFrame FailuresByOutcome, DataFrame FailuresByIntent,
                                    DataFrame? DefinitionsVsTruth, DataFrame LabelDeterminacy);

/// <summary>What the SQL stage returns: the headline's tables and the findings read from them.</summary>
public sealed record SqlRun(HeadlineTables Tables, OutcomeFindings Findings);
