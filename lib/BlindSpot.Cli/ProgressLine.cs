namespace BlindSpot.Cli;

/// <summary>
/// Progress of a long stage on standard error: one line rewritten in place on a terminal, a line per
/// tenth when the output goes to a file or a CI log. Standard output stays for results.
/// </summary>
public sealed class ProgressLine(string stage, long total, string unit) : IProgress<long>
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastTenth = -1;

    public void Report(long done)
    {
        var percent = total == 0 ? 100 : (int)(100 * done / total);
        if (_interactive)
        {
            Console.Error.Write($"\r{stage}: {done:N0} / {total:N0} {unit} ({percent}%)");
            if (done >= total) Console.Error.WriteLine();
            return;
        }
        var tenth = percent / 10;
        if (tenth == _lastTenth) return;
        _lastTenth = tenth;
        Console.Error.WriteLine($"{stage}: {done:N0} / {total:N0} {unit} ({percent}%)");
    }
}
