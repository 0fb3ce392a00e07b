namespace BlindSpot.Core;

/// <summary>Passes each step on with what it belongs to in front ("shuffled-label control: 3 of 5 folds fitted").</summary>
public sealed class PrefixedProgress(string prefix, IProgress<string> inner) : IProgress<string>
{
    public void Report(string value) => inner.Report($"{prefix}: {value}");
}
