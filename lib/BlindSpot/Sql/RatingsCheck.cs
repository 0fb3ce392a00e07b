using System.Globalization;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>One definition's label as the rated sessions under it rated it (<c>signals.sql</c>'s <c>ratings_by_label</c>).</summary>
public sealed record RatedLabel(string Definition, string Outcome, long Rated, double MeanRating, double SdRating, long RatedLow, long RatedHigh)
{
    /// <summary>The mean rating's 95 % interval (normal approximation; n − 1 in the spread).</summary>
    public (double Low, double High) MeanInterval => Rated < 2 ? (double.NaN, double.NaN)
        : (MeanRating - 1.96 * SdRating / Math.Sqrt(Rated), MeanRating + 1.96 * SdRating / Math.Sqrt(Rated));

    public ShareInterval Low => ShareInterval.Of(RatedLow, Rated);

    public ShareInterval High => ShareInterval.Of(RatedHigh, Rated);
}

/// <summary>
/// Each outcome definition checked against the users' own ratings, as it is scored against the latent truth on a
/// simulated log. A definition is contradicted when more than <see cref="ContradictionShare"/> of the rated sessions it
/// calls resolved are rated 1–2, or of those it calls abandoned are rated 4–5, with the whole 95 % interval above it; a
/// label with fewer than <see cref="MinRated"/> rated sessions cannot be checked. Ratings are self-selected: the
/// sentence says how many.
/// </summary>
public sealed class RatingsCheck
{
    /// <summary>A label needs this many rated sessions before its ratings can contradict it.</summary>
    public const int MinRated = 10;

    /// <summary>
    /// A session a definition calls failed and the user rates 4–5 (or calls resolved and the user rates 1–2) should be
    /// the exception; a quarter of them or more, beyond chance, is no exception. (A majority would miss the case that
    /// matters: 13 of 20 "abandoned" sessions rated 4–5 has a Wilson interval from 43 %.)
    /// </summary>
    public const double ContradictionShare = 0.25;

    private RatingsCheck(IReadOnlyList<RatedLabel> labels, long ratedSessions, long sessions)
    {
        Labels = labels;
        RatedSessions = ratedSessions;
        Sessions = sessions;
    }

    public IReadOnlyList<RatedLabel> Labels { get; }

    public long RatedSessions { get; }

    public long Sessions { get; }

    /// <param name="byLabel"><c>signals.sql</c>'s <c>ratings_by_label</c> query.</param>
    public static RatingsCheck From(DataFrame byLabel, long ratedSessions, long sessions)
    {
        long L(string c, int i) => Convert.ToInt64(byLabel[c][i], CultureInfo.InvariantCulture);
        double D(string c, int i) => Convert.ToDouble(byLabel[c][i], CultureInfo.InvariantCulture);
        var labels = Enumerable.Range(0, (int)byLabel.Rows.Count).Select(i => new RatedLabel(
            (string)byLabel["definition"][i], (string)byLabel["outcome"][i], L("rated", i), D("mean_rating", i), D("sd_rating", i), L("rated_low", i), L("rated_high", i))).ToList();
        return new RatingsCheck(labels, ratedSessions, sessions);
    }

    /// <summary>Runs the check in a session whose <c>outcome_labels</c> and <c>ratings</c> are loaded.</summary>
    public static RatingsCheck Of(SqlSession sql)
    {
        var rated = sql.Connection.Scalar<long>("SELECT count(DISTINCT r.session_id) FROM ratings r JOIN session_terminal USING (session_id) WHERE r.rating IS NOT NULL");
        var sessions = sql.Connection.Scalar<long>("SELECT count(*) FROM session_terminal");
        return From(sql.Query("signals.sql", "ratings_by_label"), rated, sessions);
    }

    /// <summary>Why the ratings contradict a definition (one clause per contradicted label), or an empty list.</summary>
    public IReadOnlyList<string> Contradictions(string definition) =>
    [
        .. Labels.Where(l => l.Definition == definition && l.Rated >= MinRated && l.Outcome == "resolved" && l.Low.Low > ContradictionShare)
            .Select(l => $"{l.Low} of the rated sessions it calls resolved are rated 1–2"),
        .. Labels.Where(l => l.Definition == definition && l.Rated >= MinRated && l.Outcome == "abandoned" && l.High.Low > ContradictionShare)
            .Select(l => $"{l.High} of the rated sessions it calls abandoned are rated 4–5"),
    ];

    /// <summary>Whether any of the definition's resolved or abandoned labels has enough rated sessions to be checked.</summary>
    public bool CanCheck(string definition) =>
        Labels.Any(l => l.Definition == definition && l.Rated >= MinRated && (l.Outcome is "resolved" or "abandoned"));

    public IReadOnlyList<string> Definitions => [.. Labels.Select(l => l.Definition).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>One row per definition and label: the mean rating and the shares rated 1–2 and 4–5, each with its interval.</summary>
    public DataFrame Table() => new(
        new StringDataFrameColumn("definition", Labels.Select(l => l.Definition)),
        new StringDataFrameColumn("label", Labels.Select(l => l.Outcome)),
        new Int64DataFrameColumn("rated sessions", Labels.Select(l => l.Rated)),
        new StringDataFrameColumn("mean rating [95 %]", Labels.Select(l => l.Rated < 2
            ? NumberText.Number(l.MeanRating, 2)
            : $"{NumberText.Number(l.MeanRating, 2)} [{NumberText.Number(l.MeanInterval.Low, 2)}, {NumberText.Number(l.MeanInterval.High, 2)}]")),
        new StringDataFrameColumn("rated 1–2", Labels.Select(l => l.Low.ToString())),
        new StringDataFrameColumn("rated 4–5", Labels.Select(l => l.High.ToString())));

    /// <summary>Which definitions the ratings contradict, which they cannot check, in a few sentences.</summary>
    public string Verdict()
    {
        var c = CultureInfo.InvariantCulture;
        var head = string.Create(c, $"{RatedSessions:N0} of {Sessions:N0} sessions carry a rating ({NumberText.Percent(Sessions == 0 ? 0 : (double)RatedSessions / Sessions)}); ") +
                   "ratings are self-selected, so they check a definition, they do not measure the failure share.";
        var contradicted = Definitions.Where(d => Contradictions(d).Count > 0).ToList();
        var unchecked_ = Definitions.Where(d => !CanCheck(d)).ToList();
        var lines = new List<string> { head };
        lines.AddRange(contradicted.Select(d => $"Contradicted by the ratings: {d}: {string.Join("; ", Contradictions(d))}."));
        var agreeing = Definitions.Except(contradicted).Except(unchecked_).ToList();
        if (agreeing.Count > 0) lines.Add($"Not contradicted by the ratings: {string.Join(", ", agreeing)}.");
        if (unchecked_.Count > 0) lines.Add($"Too few rated sessions (fewer than {MinRated} per label) to check: {string.Join(", ", unchecked_)}.");
        return string.Join("\n", lines);
    }
}
