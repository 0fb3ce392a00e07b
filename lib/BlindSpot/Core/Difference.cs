namespace BlindSpot.Core;

/// <summary>A difference of two figures with its 95 % interval, as findings hand it on.</summary>
public sealed record Difference(double Value, Interval Interval);
