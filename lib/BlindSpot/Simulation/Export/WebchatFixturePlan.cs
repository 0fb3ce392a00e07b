using System.Globalization;
using BlindSpot.Core;

namespace BlindSpot.Simulation.Export;

/// <summary>One conversation file to write: its position in the export, its customer, when it starts and its name.</summary>
internal sealed record WebchatSlot(int Index, WebchatCustomer Customer, DateTime Start, bool Long, string FileName);

/// <summary>
/// Who talks when, before any conversation is written: about 70 % of the files belong to known customers, a quarter of
/// whom come back for 2-4 conversations within a few days; the rest are anonymous visitors. Conversations are spread
/// over about 150 a day from <see cref="WebchatFixtureOptions.Start"/>, busier in the (American) afternoon and evening.
/// One file in about 1,500 (at least one from 200 conversations on) is a tester's very long conversation.
/// Drawn from one stream of its own, so the plan does not depend on what the conversations draw.
/// </summary>
internal static class WebchatFixturePlan
{
    private const ulong Salt = 0x57EBC4A7F1C7_0001UL;

    /// <summary>Share of customers with a name and an address; with a quarter of them returning, about 70 % of files.</summary>
    private const double KnownCustomerShare = 0.61;
    private const double ReturningShare = 0.25;
    private const double ConversationsPerDay = 150;

    private static readonly double[] HourWeights =
        [2, 2, 1.5, 1, 1, 1, 1.5, 2, 3, 4, 4, 4, 4, 5, 6, 6, 6, 6, 6, 5, 5, 4, 3, 2.5];

    public static IReadOnlyList<WebchatSlot> Make(WebchatFixtureOptions options, WebchatLanguageMix languages)
    {
        var rng = SplitMixRandom.ForItem(options.Seed, 0, Salt);
        var n = options.Conversations;
        var days = Math.Max(14, (int)Math.Ceiling(n / ConversationsPerDay));
        var origin = DateTime.SpecifyKind(options.Start.Date, DateTimeKind.Utc);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<(WebchatCustomer Customer, DateTime Start, bool Long)>(n);

        var longFiles = n >= 200 ? Math.Max(1, (int)Math.Round(n / 1500.0)) : 0;
        for (var i = 0; i < longFiles; i++)
            drafts.Add((WebchatPeople.Tester(rng, emails), StartTime(rng, origin, days), true));
        var nextLanguage = languages.Sequence(rng);
        while (drafts.Count < n)
        {
            var known = rng.Chance(KnownCustomerShare);
            var customer = known ? WebchatPeople.Known(rng, emails, nextLanguage()) : WebchatPeople.Visitor(rng, nextLanguage());
            var files = known && rng.Chance(ReturningShare) ? rng.Next(2, 5) : 1;
            var start = StartTime(rng, origin, days);
            for (var j = 0; j < files && drafts.Count < n; j++)
            {
                drafts.Add((customer, start, false));
                start += TimeSpan.FromSeconds(rng.Next(12 * 3600, 4 * 86400));
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var slots = new List<WebchatSlot>(n);
        foreach (var (customer, start, isLong) in drafts.OrderBy(d => d.Start))
        {
            var who = customer;
            var name = FileName(who, start);
            // Two visitors with the same number in the same second: the platform would have numbered them apart.
            while (!names.Add(name))
            {
                who = who with { Visitor = rng.Next(10000, 100000) };
                name = FileName(who, start);
            }
            slots.Add(new WebchatSlot(slots.Count, who, start, isLong, name));
        }
        return slots;
    }

    /// <summary><c>{Display Name} - {email} - {yyyy-MM-dd HH.mm.ss}--WEBCHAT.csv</c>, or <c>Visitor {5 digits} - …</c>.</summary>
    public static string FileName(WebchatCustomer customer, DateTime start)
    {
        var time = start.ToString("yyyy-MM-dd HH.mm.ss", CultureInfo.InvariantCulture);
        return customer.IsKnown
            ? $"{customer.DisplayName} - {customer.Email} - {time}--WEBCHAT.csv"
            : $"{customer.SenderName} - {time}--WEBCHAT.csv";
    }

    private static DateTime StartTime(SplitMixRandom rng, DateTime origin, int days) =>
        origin.AddDays(rng.Next(0, days)).AddHours(rng.PickWeighted(HourWeights)).AddSeconds(rng.Next(0, 3600));
}
