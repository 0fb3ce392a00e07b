namespace BlindSpot.Sql;

/// <summary>What the SQL stage builds on a loaded turn log.</summary>
public sealed record SqlStageOptions
{
    /// <summary>The definition whose label the models learn (a file of sql/outcomes/ or a cell's).</summary>
    public string OutcomeDefinition { get; init; } = SqlSession.DefaultOutcomeDefinition;

    /// <summary>Definitions written in a notebook cell (name → SELECT), known beside the files' ones.</summary>
    public IReadOnlyDictionary<string, string> CellDefinitions { get; init; } = new Dictionary<string, string>();
}
