namespace BlindSpot.Simulation.Export;

/// <summary>
/// The bot's and the platform's fixed texts. They are fixed on purpose: a deployed bot says the same menu, the same
/// fallback and the same handoff notice word for word many times, and an import must not take those repeats for the
/// bot failing (only a fallback, or one canned answer given to two different questions, is a failure).
/// </summary>
internal static class WebchatPhrases
{
    public const string BotName = "Ava";
    public const string SystemName = "System";

    public const string Greeting = "Hi! I'm Ava, Acme's virtual assistant. What can I help you with today?";
    public const string AnythingElse = "Is there anything else I can help with?";
    public const string Welcome = "You're welcome! Have a great day.";
    public const string HandoffNotice = "Connecting you to one of our team, please hold on.";
    public const string QueueNotice = "All our team members are busy right now. You are number {0} in the queue.";
    public const string CsatPrompt = "How would you rate your experience today?";
    public const string CsatThanks = "Thanks for your feedback!";
    public const string UserClosed = "The user closed the chat.";
    public const string AgentJoined = "{0} is talking to you.";
    public const string AgentLeft = "{0} left the conversation.";

    public static readonly WebchatButton LiveAgent = new("Talk to a person", "/live_agent");
    public static readonly WebchatButton StartOver = new("Start over", "/restart");

    /// <summary>The greeting's menu: three topics and a person.</summary>
    public static IReadOnlyList<WebchatButton> MainMenu { get; } =
        [.. WebchatTopics.All.Where(t => t.Button is not null).Select(t => t.Button!), LiveAgent];

    /// <summary>The menu after every answer: the same buttons and a way to start over (a new topic).</summary>
    public static IReadOnlyList<WebchatButton> AnythingElseMenu { get; } = [.. MainMenu, StartOver];

    /// <summary>The bot not understanding: a true failure every time.</summary>
    public static readonly string[] Fallbacks =
    [
        "Sorry, I didn't get that. Could you rephrase?",
        "Sorry, I didn't quite understand. Could you say that another way?",
        "I'm still learning and didn't understand that. Could you rephrase, or pick one of the options below?",
    ];

    /// <summary>Typed requests for a human, by language (the NLU calls them human_handoff).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AskForHuman = new Dictionary<string, string[]>
    {
        ["en"] = ["Can I talk to a real person please?", "agent", "I want to speak to a human", "human please", "Is there someone I can talk to?", "let me speak to someone from support"],
        ["zh"] = ["我要人工客服", "请帮我转人工。", "可以找真人客服吗？"],
        ["es"] = ["Quiero hablar con una persona, por favor.", "¿Puedo hablar con un agente?"],
        ["de"] = ["Ich möchte bitte mit einem Mitarbeiter sprechen.", "Kann ich mit einem Menschen sprechen?"],
    };

    /// <summary>The customer confirming that the bot's answer solved it (the NLU calls it affirm).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Confirm = new Dictionary<string, string[]>
    {
        ["en"] = ["Thanks, that fixed it!", "Great, thank you!", "perfect thanks", "That's all I needed, thanks.", "ok that worked, thank you", "Brilliant, sorted. Thanks!"],
        ["zh"] = ["好的，谢谢！", "问题解决了，谢谢。"],
        ["es"] = ["¡Gracias, ya está solucionado!", "Perfecto, gracias."],
        ["de"] = ["Danke, jetzt funktioniert es!", "Super, vielen Dank."],
    };

    /// <summary>A queued customer giving up on the wait.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> StillWaiting = new Dictionary<string, string[]>
    {
        ["en"] = ["hello?? anyone there", "how long is this going to take", "still waiting...", "I'll try again later."],
        ["zh"] = ["还要等多久？", "有人吗？"],
        ["es"] = ["¿Hay alguien?"],
        ["de"] = ["Ist da jemand?"],
    };

    /// <summary>How a customer starts saying again what they told the bot, by language.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AsISaid = new Dictionary<string, string[]>
    {
        ["en"] = ["As I said, ", "Like I told the bot, ", "Hi, so ", "Again: ", ""],
        ["zh"] = ["我刚才说了，", "就是刚才说的，", ""],
        ["es"] = ["Como dije, ", "Otra vez: "],
        ["de"] = ["Wie gesagt, ", "Nochmal: "],
    };

    public static readonly IReadOnlyDictionary<string, string[]> NothingElse = new Dictionary<string, string[]>
    {
        ["en"] = ["No, that's all, thanks.", "no thanks", "That's everything, thank you!", "nope all good"],
        ["zh"] = ["没有了，谢谢。", "不用了，谢谢！"],
        ["es"] = ["No, eso es todo, gracias."],
        ["de"] = ["Nein, das war's, danke."],
    };

    public static readonly IReadOnlyDictionary<string, string[]> ThanksToAgent = new Dictionary<string, string[]>
    {
        ["en"] = ["Thank you so much!", "thanks", "Great, thanks for your help.", "ok thank you", "Perfect, appreciate it."],
        ["zh"] = ["非常感谢！", "好的，谢谢你的帮助。"],
        ["es"] = ["¡Muchas gracias!", "Vale, gracias por la ayuda."],
        ["de"] = ["Vielen Dank!", "Super, danke für die Hilfe."],
    };

    public static readonly string[] HighRatingComments = ["Quick and helpful", "Solved in a minute, thanks", "very easy", "Great service!"];

    public static readonly string[] LowRatingComments = ["Took too long to get a person", "The bot didn't understand me", "Had to explain everything twice", "still not fixed"];
}
