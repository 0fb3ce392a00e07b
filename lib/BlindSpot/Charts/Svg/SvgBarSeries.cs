namespace BlindSpot.Charts.Svg;

/// <summary>One series of bars as drawn: values and, optionally, where each bar's interval starts and ends.</summary>
internal sealed record SvgBarSeries(string Name, string Color, IReadOnlyList<double> Values,
                                    IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null);
