using System.Text.RegularExpressions;
using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>
/// Templated but varied message text that reads like a support chat. Some templates hold commas,
/// quotes and symbols on purpose: real logs do, and every writer and reader must keep them intact.
/// </summary>
internal static class MessageTemplates
{
    private static readonly Dictionary<string, string[]> Openings = new()
    {
        ["billing"] =
        [
            "Hi, I was charged twice for invoice {invoice}, can you refund one?",
            "Why is my bill {amount} this month? It's usually much less.",
            "I need a copy of invoice {invoice} for my accountant.",
            "My card was declined but the money still left my account, order {order}.",
            "Can you explain the \"service fee\" on my last statement?",
        ],
        ["technical_support"] =
        [
            "The app keeps crashing when I open settings, error code {error}.",
            "I get \"Error {error}: try again later\" every time I log in from my laptop.",
            "My device won't sync since the last update, serial {serial}.",
            "The export button does nothing, I tried Chrome and Firefox.",
            "Notifications stopped working after I reinstalled the app.",
        ],
        ["account_access"] =
        [
            "I can't log in, the reset link says it expired.",
            "I'm locked out of account {account} after too many attempts.",
            "Two-factor codes never arrive on my phone.",
            "I changed my email and now I can't get into my account.",
        ],
        ["order_status"] =
        [
            "Where is my order {order}? It said delivered but nothing came.",
            "Order {order} has been \"processing\" for a week, any update?",
            "Can I change the delivery address for order {order}?",
            "My parcel tracking hasn't moved in 5 days, order {order}.",
        ],
        ["product_info"] =
        [
            "Does the Pro plan include API access?",
            "Is the {product} compatible with Mac & Windows?",
            "What's the difference between Basic and Plus?",
            "Do you ship the {product} to Canada?",
        ],
        ["cancellation"] =
        [
            "I want to cancel my subscription, account {account}.",
            "How do I cancel before the next billing date?",
            "Please close my account and delete my data.",
            "Cancel order {order} please, I ordered the wrong size.",
        ],
    };

    private static readonly string[] FollowUpsAfterFailure =
    [
        "That's not what I asked.",
        "No, that doesn't help. {restate}",
        "You already said that.",
        "I tried that, it didn't work.",
        "Again: {restate}",
        "Can you read my question again?",
        "That link just brings me back to the same page.",
    ];

    // After a good answer: what a user says when their mood is up, and when it is still down.
    private static readonly string[] FollowUpsAfterSuccessPleased =
    [
        "OK, thanks. And what about the second part?",
        "Good, that worked. One more thing though.",
    ];

    private static readonly string[] FollowUpsAfterSuccessUneasy =
    [
        "Right, and then what do I do?",
        "That helps, but I still see the problem on my phone.",
    ];

    private static readonly Dictionary<string, string[]> BotAnswers = new()
    {
        ["billing"] = ["I've found invoice {invoice}. A refund of {amount} has been issued; it takes 3-5 business days.", "Your bill includes a one-time setup fee of {amount}. Here is the breakdown: plan, tax, setup."],
        ["technical_support"] = ["Error {error} is fixed by clearing the app cache: Settings > Storage > Clear cache.", "Please update to version 4.2; the sync issue was fixed there. Here's how: Settings > About > Update."],
        ["account_access"] = ["I've sent a new reset link to your email; it's valid for 30 minutes.", "I've unlocked account {account}. You can log in again now."],
        ["order_status"] = ["Order {order} is with the courier and arrives tomorrow before 6 pm.", "I've updated the delivery address for order {order}."],
        ["product_info"] = ["Yes, the Pro plan includes API access with 10,000 calls a month.", "The {product} works on macOS 12+ and Windows 10+."],
        ["cancellation"] = ["Your subscription is cancelled; you keep access until the end of the period.", "Order {order} is cancelled and you'll be refunded in full."],
    };

    private static readonly string[] BotFailures =
    [
        "Sorry, I didn't understand that. Could you rephrase?",
        "I'm not sure I can help with that. Here are some popular articles: \"Getting started\", \"Billing FAQ\".",
        "It looks like you're asking about {wrong_topic}. Is that right?",
        "Something went wrong on our side. Please try again.",
        "I can help with orders, billing and accounts. What would you like to do?",
    ];

    private static readonly string[] HandoffRequests =
    [
        "Can I talk to a human please?",
        "Agent.",
        "This isn't working. Get me a real person.",
        "I'd like to speak to someone from support.",
        "Transfer me to an agent, please.",
    ];

    private static readonly string[] Confirmations =
    [
        "That fixed it, thanks!",
        "Perfect, that's what I needed.",
        "Great, it works now. Thank you.",
        "Thanks, all sorted.",
    ];

    private static readonly string[] AgentGreetings =
    [
        "Hi, this is {agent} from the support team. I'm reading through your chat now.",
        "Hello, {agent} here. Let me take a look at this for you.",
    ];

    private static readonly string[] Agents = ["Dana", "Sam", "Priya", "Tomás", "Aiko", "Lee"];
    private static readonly string[] Products = ["SmartHub 2", "Pro Dock", "Studio Mic", "Travel Router"];
    private static readonly string[] WrongTopics = ["password resets", "shipping times", "gift cards", "our privacy policy"];

    public static string Opening(string intent, SplitMixRandom rng) => Fill(rng.Pick(Openings[intent]), rng);

    /// <summary>
    /// The user's next message. After a good answer its tone follows the user's sentiment (no "Good, that worked" from
    /// someone still unhappy). The random draws are the same whichever text is chosen, so the conversations' behaviour
    /// does not depend on the wording.
    /// </summary>
    public static string FollowUp(bool lastFailed, string opening, double sentiment, SplitMixRandom rng)
    {
        if (lastFailed) return Fill(rng.Pick(FollowUpsAfterFailure), rng).Replace("{restate}", opening);
        var draw = rng.Next(0, FollowUpsAfterSuccessPleased.Length + FollowUpsAfterSuccessUneasy.Length);
        var pool = sentiment >= 0 ? FollowUpsAfterSuccessPleased : FollowUpsAfterSuccessUneasy;
        return pool[draw % pool.Length];
    }

    /// <summary>A correct answer: it names the invoice, order, account, serial or error code the user gave, not another one.</summary>
    public static string BotAnswer(string intent, string opening, SplitMixRandom rng) => SameIdentifiers(Fill(rng.Pick(BotAnswers[intent]), rng), opening);

    private static string BotAnswer(string intent, SplitMixRandom rng) => Fill(rng.Pick(BotAnswers[intent]), rng);

    private static readonly Regex[] Identifiers =
        [new(@"INV-\d+"), new(@"#\d+"), new(@"AC-\d+"), new(@"SN-\d+"), new(@"\bE\d{3}\b")];

    private static string SameIdentifiers(string answer, string opening)
    {
        foreach (var identifier in Identifiers)
            if (identifier.Match(opening) is { Success: true } given) answer = identifier.Replace(answer, given.Value);
        return answer;
    }
    public static string BotFailure(SplitMixRandom rng) => Fill(rng.Pick(BotFailures), rng);

    /// <summary>A fluent answer to another intent's question: wrong, but nothing in the bot's telemetry says so.</summary>
    public static string ConfidentWrongAnswer(string intent, SplitMixRandom rng)
    {
        var others = BotAnswers.Keys.Where(k => k != intent).Order(StringComparer.Ordinal).ToList();
        return BotAnswer(rng.Pick(others), rng);
    }
    public static string HandoffRequest(SplitMixRandom rng) => rng.Pick(HandoffRequests);
    public static string Confirmation(SplitMixRandom rng) => rng.Pick(Confirmations);
    public static string AgentGreeting(SplitMixRandom rng) => Fill(rng.Pick(AgentGreetings), rng);

    public const string BotGreeting = "Hi! I'm the virtual assistant. How can I help you today?";
    public const string BotClosing = "Glad I could help. Have a great day!";
    public const string TransferNotice = "Transferring you to a human agent. Typical wait: under 2 minutes.";
    public const string UserLeftNotice = "The user closed the chat window.";
    public const string TimeoutNotice = "Session closed after 15 minutes without a reply.";

    private static string Fill(string template, SplitMixRandom rng)
    {
        if (!template.Contains('{')) return template;
        return template
            .Replace("{invoice}", $"INV-{rng.Next(10000, 99999)}")
            .Replace("{order}", $"#{rng.Next(100000, 999999)}")
            .Replace("{amount}", $"${rng.Next(10, 300)}.{rng.Next(0, 100):00}")
            .Replace("{error}", $"E{rng.Next(100, 999)}")
            .Replace("{serial}", $"SN-{rng.Next(1000000, 9999999)}")
            .Replace("{account}", $"AC-{rng.Next(100000, 999999)}")
            .Replace("{product}", rng.Pick(Products))
            .Replace("{agent}", rng.Pick(Agents))
            .Replace("{wrong_topic}", rng.Pick(WrongTopics));
    }
}
