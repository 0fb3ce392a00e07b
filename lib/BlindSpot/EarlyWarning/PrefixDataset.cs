using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// Everything the early-warning analysis needs from one turn log: the sessions in id order with their observed
/// outcome (<see cref="Core.Outcome"/>) and terminal turn (used only to score, never as a feature), and their
/// prefix rows for k = 1 .. <see cref="MaxK"/>.
/// </summary>
public sealed class PrefixDataset
{
    public PrefixDataset(IReadOnlyList<string> sessionIds, IReadOnlyList<int> labels, IReadOnlyList<int> terminalTurns,
                         IReadOnlyList<PrefixRow> prefixes, int maxK)
    {
        if (labels.Count != sessionIds.Count || terminalTurns.Count != sessionIds.Count)
            throw new ArgumentException("One label and one terminal turn per session.");
        SessionIds = sessionIds;
        Labels = labels;
        TerminalTurns = terminalTurns;
        MaxK = maxK;
        var index = sessionIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        Prefixes = prefixes;
        AtK = Enumerable.Range(0, maxK + 1).Select(k => (IReadOnlyList<(int Session, PrefixRow Row)>)prefixes
            .Where(p => p.K == k).Select(p => (index[p.SessionId], p)).OrderBy(p => p.Item1).ToList()).ToList();
    }

    public IReadOnlyList<string> SessionIds { get; }
    public IReadOnlyList<int> Labels { get; }
    public IReadOnlyList<int> TerminalTurns { get; }
    public IReadOnlyList<PrefixRow> Prefixes { get; }
    public int MaxK { get; }

    /// <summary>The sessions of the log these were read from: more than <see cref="Count"/> when the models see a sample (<see cref="ModelSample"/>).</summary>
    public long LogSessions { get; init; }
    public int Count => SessionIds.Count;

    /// <summary>The sessions still going at user turn k (by session index) and their prefix rows; k = 1 .. MaxK.</summary>
    public IReadOnlyList<IReadOnlyList<(int Session, PrefixRow Row)>> AtK { get; }

    /// <summary>Turn log → prefix features, outcomes under the chosen definition, terminal turns.</summary>
    public static PrefixDataset Load(string turnsPath, int maxK = PrefixFeatures.DefaultMaxK,
                                     string outcomeDefinition = SqlSession.DefaultOutcomeDefinition, SqlDirectory? sql = null,
                                     DuckDbOptions? duckDb = null, int modelSessions = 0, int seed = 42)
    {
        using var session = new SqlSession(duckDb, sql);
        var report = session.LoadTurns(turnsPath);
        if (!report.IsValid) throw new InvalidDataException(report.ToString());
        return From(session, maxK, outcomeDefinition, modelSessions, seed);
    }

    /// <summary>
    /// From a session whose turn log is loaded; on a log of more than <paramref name="modelSessions"/> sessions (0: no
    /// cap), the sessions <see cref="ModelSample"/> keeps, as the feature matrix keeps them (<see cref="Modeling.FeatureMatrix.ForModels"/>).
    /// </summary>
    public static PrefixDataset From(SqlSession session, int maxK = PrefixFeatures.DefaultMaxK,
                                     string outcomeDefinition = SqlSession.DefaultOutcomeDefinition, int modelSessions = 0, int seed = 42)
    {
        PrefixFeatures.Build(session, maxK, read: false);
        return FromBuilt(session, outcomeDefinition, modelSessions, seed);
    }

    /// <summary>
    /// As <see cref="From"/>, on a session whose prefix tables <see cref="PrefixFeatures.Build"/> already made (they do
    /// not depend on the label): the same log under several outcome definitions builds them once.
    /// </summary>
    public static PrefixDataset FromBuilt(SqlSession session, string outcomeDefinition = SqlSession.DefaultOutcomeDefinition, int modelSessions = 0, int seed = 42)
    {
        var maxK = session.Connection.Scalar<int>("SELECT getvariable('prefix_max_k')");
        session.BuildOutcomes(outcomeDefinition);
        var logSessions = session.Connection.Scalar<long>("SELECT count(*) FROM outcomes");
        var sampled = ModelSampleTable.Create(session.Connection, new ModelSample(modelSessions, logSessions, seed));
        var prefixes = PrefixFeatures.Read(session.Connection, sampled);
        var ids = new List<string>();
        var labels = new List<int>();
        var terminals = new List<int>();
        using (var command = session.Connection.CreateCommand(
            "SELECT o.session_id, o.outcome, s.terminal_turn FROM outcomes o JOIN session_terminal s USING (session_id) " +
            (sampled ? $"JOIN {ModelSampleTable.Name} USING (session_id) " : "") + "ORDER BY o.session_id"))
        using (var r = command.ExecuteReader())
            while (r.Read())
            {
                ids.Add(r.GetString(0));
                labels.Add(Outcomes.Index(r.GetString(1)));
                terminals.Add(Convert.ToInt32(r.GetValue(2)));
            }
        // a definition with a return window labels fewer sessions than have prefixes: only the labelled ones are scored
        var labelled = new HashSet<string>(ids, StringComparer.Ordinal);
        if (prefixes.Any(p => !labelled.Contains(p.SessionId))) prefixes = [.. prefixes.Where(p => labelled.Contains(p.SessionId))];
        return new PrefixDataset(ids, labels, terminals, prefixes, maxK) { LogSessions = logSessions };
    }
}
