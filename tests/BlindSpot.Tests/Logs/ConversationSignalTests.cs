using BlindSpot.Logs;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// Each detector import derives signals with, on messages written for these tests in the style of deployed support bots
/// and their users (none is simulator text). Each must be right on at least 90 % of its set; the accuracy is printed.
/// </summary>
public class ConversationSignalTests(ITestOutputHelper output)
{
    private static readonly (string Text, bool Fallback)[] BotReplies =
    [
        ("I'm sorry, I didn't quite understand. Can you say that another way? You could also rephrase your question.", true),
        ("Hmm, I don't understand. Try asking me about your orders or your plan.", true),
        ("Sorry, I can't help with that yet. I'm still learning!", true),
        ("Oops, something went wrong. Please try again later.", true),
        ("Did you mean 'update payment method'?", true),
        ("I'm not sure I can help with that, but here are some related articles.", true),
        ("Sorry, I couldn't find anything about that.", true),
        ("Your order shipped on Monday and should arrive within 3 business days.", false),
        ("You can reset your password from the login page: tap 'Forgot password'.", false),
        ("I've cancelled your subscription. You'll keep access until 12 May.", false),
        ("Your refund of 24.99 was issued today; banks take 5-10 days to show it.", false),
        ("The Pro plan costs 12 a month and includes priority support.", false),
        ("Sure! To change your delivery address, open the order and choose Edit.", false),
        ("Welcome back! What can I do for you today?", false),
    ];

    private static readonly (string Text, bool DidNotHelp, bool Human, bool Confirms)[] UserMessages =
    [
        ("that's not what I asked", true, false, false),
        ("No. I already told you the app crashes on startup", true, false, false),
        ("this doesn't help at all", true, false, false),
        ("still not working, I tried that twice", true, false, false),
        ("useless. can I speak to a person?", true, true, false),
        ("let me talk to a human", false, true, false),
        ("Representative please", false, true, false),
        ("Can I get live support?", false, true, false),
        ("thanks, that fixed it!", false, false, true),
        ("Great, it works now", false, false, true),
        ("perfect, thanks so much", false, false, true),
        ("ok all set, have a nice day", false, false, true),
        ("how do I change my billing address?", false, false, false),
        ("My package says delivered but it's not here", false, false, false),
        ("Can you check order 55812 for me", false, false, false),
        ("Thanks. What about my second invoice?", false, false, false),
    ];

    private static readonly (string Text, int Sign)[] Moods =
    [
        ("thank you so much, that was really helpful", 1), ("great, that's exactly what I needed", 1), ("awesome, works perfectly", 1),
        ("this is ridiculous, I've been waiting for an hour", -1), ("your bot is useless", -1), ("that's wrong, I was charged twice", -1),
        ("I'm really frustrated, nothing works", -1), ("not helpful at all", -1), ("This isn't good", -1), ("I want to speak to a human now", -1),
    ];

    [Fact]
    public void Fallback_replies_are_told_from_answers()
    {
        var right = BotReplies.Count(r => ConversationSignals.IsFallback(r.Text) == r.Fallback);
        output.WriteLine($"fallback: {right} of {BotReplies.Length}");
        Assert.True(right >= 0.9 * BotReplies.Length, $"{right} of {BotReplies.Length}");
    }

    [Fact]
    public void Users_saying_an_answer_failed_asking_for_a_human_or_confirming_are_recognised()
    {
        var failed = UserMessages.Count(m => ConversationSignals.SaysItDidNotHelp(m.Text) == m.DidNotHelp);
        var human = UserMessages.Count(m => ConversationSignals.AsksForHuman(m.Text) == m.Human);
        var confirms = UserMessages.Count(m => ConversationSignals.ConfirmsResolution(m.Text) == m.Confirms);
        output.WriteLine($"did not help: {failed}, asks for a human: {human}, confirms: {confirms} of {UserMessages.Length}");
        Assert.All(new[] { failed, human, confirms }, right => Assert.True(right >= 0.9 * UserMessages.Length, $"{right} of {UserMessages.Length}"));
    }

    [Fact]
    public void Sentiment_has_the_sign_of_the_message_and_text_it_cannot_read_is_unknown()
    {
        var right = Moods.Count(m => Math.Sign(SentimentLexicon.Score(m.Text) ?? 0) == m.Sign);
        output.WriteLine($"sentiment sign: {right} of {Moods.Length}");
        Assert.True(right >= 0.9 * Moods.Length, $"{right} of {Moods.Length}");
        Assert.Null(SentimentLexicon.Score("Mi pedido no ha llegado todavía"));
        Assert.Null(SentimentLexicon.Score("#55812 INV-2231"));
        Assert.Null(SentimentLexicon.Score("   "));
        Assert.Equal(0.0, SentimentLexicon.Score("where is my order?"));
    }
}
