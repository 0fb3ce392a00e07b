using BlindSpot.Core;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// The share of customers who write Chinese, Spanish or German. Set per customer (a returning customer keeps their
/// language), at rates that put about 9 %, 3 % and 2 % of all customer messages (clicks and ratings included) in those
/// languages: a non-English writer also clicks English buttons and sometimes switches to English.
/// </summary>
internal sealed record WebchatLanguageMix(double Chinese, double Spanish, double German)
{
    public static readonly WebchatLanguageMix Default = new(0.16, 0.05, 0.045);

    /// <summary>The language at a point of [0, 1): Chinese first, then Spanish, German, English.</summary>
    public string At(double u) => u < Chinese ? "zh" : u < Chinese + Spanish ? "es" : u < Chinese + Spanish + German ? "de" : "en";

    public string Draw(SplitMixRandom rng) => At(rng.NextDouble());

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
