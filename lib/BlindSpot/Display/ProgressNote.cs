using System.Diagnostics;

namespace BlindSpot.Display;

/// <summary>
/// The line a long notebook cell keeps up to date while it works: handed to a stage as its progress, it shows
/// "what: step" through the display it was given (in a notebook, <c>display("…").Update</c>), so a reader in Jupyter
/// sees which fold is being fitted and the headless runner prints it. Steps come from folds fitted side by side, so
/// they are shown one at a time and at most one per <see cref="Interval"/>; the text given to <see cref="Done"/> is the
/// state the saved notebook keeps, the same on every run (no timings, no order of arrival).
/// </summary>
public sealed class ProgressNote(string task, Action<object> show) : IProgress<string>
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _sinceShown = new();

    /// <summary>The shortest time between two steps shown (all are counted).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many steps were reported.</summary>
    public int Steps { get; private set; }

    public void Report(string step)
    {
        lock (_gate)
        {
            Steps++;
            if (_sinceShown.IsRunning && _sinceShown.Elapsed < Interval) return;
            show($"{task}: {step}");
            _sinceShown.Restart();
        }
    }

    /// <summary>Replaces the last step with what the work came to.</summary>
    public void Done(string summary)
    {
        lock (_gate) show($"{task}: {summary}");
    }
}
