using BlindSpot.Core;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// The share of customers who write Chinese, Spanish or German, and how many of such a customer's typed messages are
/// in that language (<see cref="Loyalty"/>; the others are in English, as many switch back and forth). Set per
/// customer (a returning customer keeps their language), at rates that put about 9 %, 3 % and 2 % of all customer
/// messages (clicks and ratings included) in those languages. Spreading the share over more customers, each with
/// fewer such messages, also keeps it steady in a small export.
/// </summary>
internal sealed record WebchatLanguageMix(double Chinese, double Spanish, double German, double Loyalty)
{
    public static readonly WebchatLanguageMix Default = new(0.25, 0.075, 0.065, 0.6);

    /// <summary>The language at a point of [0, 1): Chinese first, then Spanish, German, English.</summary>
    public string At(double u) => u < Chinese ? "zh" : u < Chinese + Spanish ? "es" : u < Chinese + Spanish + German ? "de" : "en";

    /// <summary>
    /// The language of one typed message of a customer whose language is <paramref name="own"/>; null for the tester
    /// who writes in every language, each message drawn at the rates all customers' typed messages have.
    /// </summary>
    public string Message(string? own, SplitMixRandom rng) =>
        own is null ? At(rng.NextDouble() / Loyalty) : own == "en" || rng.Chance(Loyalty) ? own : "en";

    /// <summary>
    /// Customers' languages in turn, spread evenly over the mix (steps of the golden ratio from a random start)
    /// rather than drawn independently: a few hundred customers then hold the mix nearly exactly, as a test of
    /// 300 conversations needs, while the order stays irregular.
    /// </summary>
    public Func<string> Sequence(SplitMixRandom rng)
    {
        var u = rng.NextDouble();
        return () =>
        {
            u += 0.6180339887498949;
            if (u >= 1) u -= 1;
            return At(u);
        };
    }
}
