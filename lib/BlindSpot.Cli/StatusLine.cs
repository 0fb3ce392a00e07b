namespace BlindSpot.Cli;

/// <summary>
/// Where a verb is, on one line of the terminal rewritten in place and erased at the end, so that only the result
/// stays on screen. Writes nothing when standard error is not a terminal.
/// </summary>
public sealed class StatusLine(string verb) : IProgress<string>, IDisposable
{
    private const int MaxWidth = 79;
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _width;

    public void Report(string value)
    {
        if (!_interactive) return;
        var text = $"{verb}: {value}";
        if (text.Length > MaxWidth) text = text[..(MaxWidth - 1)] + "…";
        Console.Error.Write("\r" + text.PadRight(_width));
        _width = Math.Max(_width, text.Length);
    }

    public void Dispose()
    {
        if (_width > 0) Console.Error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
