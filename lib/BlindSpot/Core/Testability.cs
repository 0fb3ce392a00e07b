namespace BlindSpot.Core;

/// <summary>
/// Whether an effect stands out of its own noise on some data, so that a verdict may be given; when not, the reason in
/// a sentence a reader can check. The rules that decide it are <see cref="EffectChecks"/>'.
/// </summary>
public sealed record Testability(string? Reason)
{
    /// <summary>The words every refused verdict starts with.</summary>
    public const string NotTestable = "not testable on this log";

    public static Testability Testable { get; } = new((string?)null);

    public static Testability Not(string reason) => new(reason);

    public bool IsTestable => Reason is null;

    /// <summary>"not testable on this log: &lt;reason&gt;" (empty when testable).</summary>
    public string Sentence => IsTestable ? "" : $"{NotTestable}: {Reason}";

    /// <summary>This check, then <paramref name="next"/>: the first refusal is the one given.</summary>
    public Testability And(Testability next) => IsTestable ? next : this;

    /// <summary><paramref name="verdict"/> when testable, the refusal otherwise.</summary>
    public string Or(string verdict) => IsTestable ? verdict : Sentence;
}
