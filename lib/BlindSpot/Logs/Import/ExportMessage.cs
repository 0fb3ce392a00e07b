namespace BlindSpot.Logs;

/// <summary>One message of an export on its way into the contract: what the export says, then what import mapped or derived.</summary>
internal sealed class ExportMessage
{
    public required string SessionId { get; init; }
    public required long Order { get; init; }
    public required DateTime Ts { get; init; }
    public required string Speaker { get; init; }
    public required string Text { get; init; }
    public string? Intent { get; set; }
    public double? Sentiment { get; set; }
    public bool? BotFailure { get; set; }
    public string? Event { get; set; }

    /// <summary>The event came from the export (a mapped column, a marker or a signal rule), not from a derivation.</summary>
    public bool EventGiven { get; set; }

    /// <summary>The intent came from a signal rule.</summary>
    public bool IntentGiven { get; set; }

    /// <summary>A rating form's answer (a signal rule with a rating): kept as a rating of its visit, not as a turn.</summary>
    public double? Rating { get; set; }

    public int? RatingScale { get; set; }

    /// <summary>A row the mapping names as the start of a new visit (<c>session.newVisitOn</c>).</summary>
    public bool StartsVisit { get; set; }

    /// <summary>User messages: the language guessed from the text (<see cref="MessageLanguage"/>).</summary>
    public string? Language { get; set; }

    /// <summary>Where the row stands in the export, for the quarantine.</summary>
    public string Where { get; init; } = "";

    /// <summary>A message the user wrote (a rating form's answer is not one: it rates, it does not converse).</summary>
    public bool IsUserMessage => Speaker == "user" && Rating is null;
}
