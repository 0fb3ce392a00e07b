using System.Globalization;
using System.Text;

namespace BlindSpot.Summary;

/// <summary>
/// The sweep's two small CSV files: <c>seeds.csv</c> (seed, figure, value: one row per seed and figure, NaN written
/// as an empty cell) and <c>summary.csv</c> (figure, seeds, undefined, mean, sd, p2_5, p97_5), both with '\n' line ends
/// and invariant numbers, so the same sweep writes the same bytes.
/// </summary>
public static class SweepFile
{
    public const string SeedsName = "seeds.csv";
    public const string SummaryName = "summary.csv";
    private const string SeedsHeader = "seed,figure,value";

    public static void Write(string folder, IReadOnlyList<SeedFigure> rows)
    {
        Directory.CreateDirectory(folder);
        var seeds = new StringBuilder(SeedsHeader + "\n");
        foreach (var r in rows) seeds.Append(CultureInfo.InvariantCulture, $"{r.Seed},{r.Figure},{Number(r.Value)}\n");
        File.WriteAllText(Path.Combine(folder, SeedsName), seeds.ToString());

        var summary = new StringBuilder("figure,seeds,undefined,mean,sd,p2_5,p97_5\n");
        foreach (var f in new SweepSummary(rows).Figures)
            summary.Append(CultureInfo.InvariantCulture, $"{f.Figure},{f.Seeds},{f.Undefined},{Number(f.Mean)},{Number(f.Sd)},{Number(f.Lower)},{Number(f.Upper)}\n");
        File.WriteAllText(Path.Combine(folder, SummaryName), summary.ToString());
    }

    /// <summary>The rows of <c>seeds.csv</c> in <paramref name="folder"/>; a missing or malformed file says what to run.</summary>
    public static IReadOnlyList<SeedFigure> Read(string folder)
    {
        var path = Path.Combine(folder, SeedsName);
        if (!File.Exists(path)) throw new FileNotFoundException($"No seed sweep at {path}: run blindspot sweep.", path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != SeedsHeader) throw new InvalidDataException($"{path}: the first line must be '{SeedsHeader}'.");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var cells = line.Split(',');
            if (cells.Length != 3 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out var seed))
                throw new InvalidDataException($"{path} line {i + 2}: expected seed,figure,value, got '{line}'.");
            var value = cells[2].Length == 0 ? double.NaN
                : double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : throw new InvalidDataException($"{path} line {i + 2}: '{cells[2]}' is not a number.");
            return new SeedFigure(seed, cells[1], value);
        })];
    }

    /// <summary>The summary of the sweep in <paramref name="folder"/>, or null when there is none.</summary>
    public static SweepSummary? TryLoad(string folder) =>
        File.Exists(Path.Combine(folder, SeedsName)) ? new SweepSummary(Read(folder)) : null;

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";
}
