namespace BlindSpot.Charts;

/// <summary>One bar series of <see cref="Figures.GroupedBars"/>: a value per category, optional symmetric error bars.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<double>? Errors = null);

/// <summary>One box of <see cref="Figures.Box"/>: every observation of a group.</summary>
public sealed record BoxGroup(string Name, IReadOnlyList<double> Values);

/// <summary>One line of <see cref="Figures.Lines"/>: points (X[i], Y[i]) in order.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
