namespace BlindSpot.Sql;

/// <summary>
/// <c>sql/session_returns.sql</c>: when each session ended and when its conversation or customer came back. Built only
/// when a definition reads it, so a run under definitions without a return window pays nothing for it.
/// </summary>
internal static class SessionReturnsStep
{
    public const string File = "session_returns.sql";

    public static bool IsReadBy(SqlFile definition) => definition.Text.Contains("session_returns", StringComparison.OrdinalIgnoreCase);
}
