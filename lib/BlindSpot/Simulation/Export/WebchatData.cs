using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BlindSpot.Simulation.Export;

/// <summary>A button of the bot's menu: the title the customer sees (and the Message of their click) and its payload.</summary>
internal sealed record WebchatButton(string Title, string Payload);

/// <summary>
/// The export's Data column: the platform's JSON, spaced as the platform writes it (<c>{"payload": "/billing"}</c>),
/// built as text so that every file is byte-identical from run to run. Strings are escaped by System.Text.Json, with
/// accents and Chinese kept as they are, as the platform does.
/// </summary>
internal static class WebchatData
{
    public static string Buttons(IReadOnlyList<WebchatButton> buttons) =>
        "{\"buttons\": [" + string.Join(", ", buttons.Select(b => $"{{\"title\": {Text(b.Title)}, \"payload\": {Text(b.Payload)}}}")) + "]}";

    /// <summary>A click: the payload of the button clicked.</summary>
    public static string Payload(string payload) => $"{{\"payload\": {Text(payload)}}}";

    /// <summary>The NLU result of a typed message.</summary>
    public static string Nlu(string intent, double confidence) =>
        $"{{\"intent_name\": {Text(intent)}, \"confidence\": {confidence.ToString("0.00", CultureInfo.InvariantCulture)}}}";

    /// <summary>The customer confirming that an answer solved it.</summary>
    public const string Affirm = "{\"intent_name\": \"affirm\"}";

    /// <summary>The bot's satisfaction form, sent with its question.</summary>
    public const string CsatForm = "{\"form\": \"csat\", \"scale\": 5}";

    /// <summary>The customer's submitted satisfaction form.</summary>
    public static string CsatSubmit(int rating, string comment) =>
        $"{{\"intent_name\": \"_csat_form_submit\", \"rating\": {rating.ToString(CultureInfo.InvariantCulture)}, \"comment\": {Text(comment)}}}";

    private static string Text(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";
}
