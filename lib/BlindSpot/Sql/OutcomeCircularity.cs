using System.Text.RegularExpressions;

namespace BlindSpot.Sql;

/// <summary>
/// Whether an outcome definition builds its label from what the models also see. A definition that reads the
/// sentiment, the bot failures or the text of the turns (or a feature column by name) makes a label the features
/// partly compute, so a model "predicting" it is circular. The terminal event a definition reads is not a feature
/// (features stop strictly before it), nor are when a session ended and whether it came back (<c>session_returns</c>):
/// three_tier, escalation_only, timeout_contained, no_return and no_return_7d are not circular; quiet_success and
/// assumed_resolution read bot_failure (the last answer's), so they are.
/// </summary>
public static partial class OutcomeCircularity
{
    /// <summary>Turn-log columns the session features are computed from.</summary>
    public static readonly IReadOnlyList<string> FeatureInputs = ["sentiment", "bot_failure", "text", "intent"];

    /// <summary>The feature inputs and feature columns the definition's SQL reads, in order of first use; empty when none.</summary>
    public static IReadOnlyList<string> SharedColumns(string definitionSql, IEnumerable<string> featureColumns)
    {
        var watched = new HashSet<string>(FeatureInputs.Concat(featureColumns.Where(c => c is not ("session_id" or "outcome"))), StringComparer.OrdinalIgnoreCase);
        var code = Comment().Replace(definitionSql, " ");
        code = StringLiteral().Replace(code, "''");
        return [.. Identifier().Matches(code).Select(m => m.Value).Where(watched.Contains).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The shared columns of a shipped definition (sql/outcomes/NAME.sql) against the given feature columns.</summary>
    public static IReadOnlyList<string> Of(string definition, IEnumerable<string> featureColumns, SqlDirectory? sql = null) =>
        SharedColumns((sql ?? SqlDirectory.Find()).Read($"outcomes/{definition}.sql").Text, featureColumns);

    /// <summary>A sentence for the notebooks: empty when the definition is not circular.</summary>
    public static string Describe(string definition, IReadOnlyList<string> shared) => shared.Count == 0 ? ""
        : $"Circular for modelling: the outcome definition '{definition}' reads {string.Join(", ", shared)}, which the features are " +
          "also built from, so a model that predicts it partly predicts its own inputs; read its model scores with that in mind.";

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();
}
