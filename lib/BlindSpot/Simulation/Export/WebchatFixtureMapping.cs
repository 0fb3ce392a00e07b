namespace BlindSpot.Simulation.Export;

/// <summary>
/// The import mapping of the synthetic export, written beside it as <c>mapping.json</c>: the documented way to read
/// this export (docs/import.md), so a test of the import reads the same rules a user of the real export would write.
/// Kept as text, not built from objects, so that its layout is the documented one byte for byte.
/// </summary>
public static class WebchatFixtureMapping
{
    public const string FileName = "mapping.json";

    public const string Json = """
        { "layout": "file-per-conversation",
          "session": { "fromFileName": "^(.*)--WEBCHAT\\.csv$", "gapMinutes": 30,
                       "newVisitOn": [ { "column": "Data", "json": "payload", "matches": "^/restart$" } ] },
          "customer": { "fromFileName": "^[^-]+ - ([^ ]+@[^ ]+) - " },
          "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "Message" },
          "speakers": { "web": "user", "bot": "bot", "dashboard": "agent", "*": "system" },
          "events": { "user_left": "^The user closed the chat" },
          "signals": [
            { "column": "Data", "json": "payload", "matches": "^/live_agent$", "event": "handoff_requested" },
            { "column": "Data", "json": "intent_name", "matches": "^human_handoff$", "event": "handoff_requested" },
            { "column": "Message", "speaker": "system", "matches": "is talking to you\\.$", "event": "agent_joined" },
            { "column": "Data", "json": "intent_name", "matches": "^affirm$", "event": "resolution_confirmed" },
            { "column": "Data", "json": "intent_name", "matches": "^_csat_form_submit$", "rating": "rating", "scale": 5 },
            { "column": "Data", "json": "intent_name", "matches": "^(order_status|billing|technical_support|account_access|cancellation)$", "intent": "$1" }
          ] }

        """;
}
