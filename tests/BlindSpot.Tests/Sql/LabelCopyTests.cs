using BlindSpot.Core;
using BlindSpot.Sql;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// Selecting a definition after every definition was labelled copies its labels from <c>outcome_labels</c> rather than
/// running and checking its SQL again, unless the SQL changed since or what it reads was rebuilt.
/// </summary>
public class LabelCopyTests
{
    private static SqlSession Loaded(TempFolder folder)
    {
        var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(TurnLogFixture.Write(folder.File("t.csv"), TurnLogFixture.ValidRows()));
        session.Execute("session_features.sql");
        return session;
    }

    private static string[] Outcomes(SqlSession session, string definition) =>
        session.Outcomes(definition).Values<string>("outcome").ToArray();

    [Fact]
    public void Labels_built_for_every_definition_are_copied_when_one_is_selected()
    {
        using var folder = new TempFolder();
        using var session = Loaded(folder);
        session.AllOutcomeLabels();
        // Marks the stored labels: a copy shows the mark, a recomputation would not.
        session.Connection.Execute("UPDATE outcome_labels SET outcome = 'abandoned' WHERE definition = 'three_tier'");
        Assert.Equal(["abandoned", "abandoned", "abandoned"], Outcomes(session, "three_tier"));
    }

    [Fact]
    public void A_definition_registered_again_with_other_sql_is_labelled_anew()
    {
        using var folder = new TempFolder();
        using var session = Loaded(folder);
        session.DefineOutcome("everyone", "SELECT session_id, 'resolved' AS outcome FROM session_terminal");
        session.AllOutcomeLabels();
        session.DefineOutcome("everyone", "SELECT session_id, 'escalated' AS outcome FROM session_terminal");
        Assert.Equal(["escalated", "escalated", "escalated"], Outcomes(session, "everyone"));
    }

    [Fact]
    public void Labels_made_before_session_features_were_rebuilt_are_not_copied()
    {
        using var folder = new TempFolder();
        using var session = Loaded(folder);
        session.AllOutcomeLabels();
        session.Connection.Execute("UPDATE outcome_labels SET outcome = 'abandoned' WHERE definition = 'three_tier'");
        session.Execute("session_features.sql");
        Assert.Equal(["resolved", "abandoned", "abandoned"], Outcomes(session, "three_tier"));
    }
}
