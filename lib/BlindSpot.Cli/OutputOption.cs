using System.CommandLine;

namespace BlindSpot.Cli;

/// <summary>
/// The one spelling of "where to write" across verbs: <c>--output</c> / <c>-o</c>. The spellings of earlier releases
/// (<c>--out</c>, <c>--output-path</c>) still work for this release as hidden options, each use warned on stderr, so
/// scripts keep running while they move. Not marked required for the parser: an old spelling alone must satisfy it,
/// so <see cref="Value"/> says when neither was given.
/// </summary>
public sealed class OutputOption
{
    public const string Name = "--output";
    private readonly Option<string?> _option;
    private readonly Option<string?>[] _old;
    private readonly bool _required;
    private readonly Func<string?>? _default;

    public OutputOption(string description, bool required = false, Func<string?>? defaultValue = null, params string[] oldNames)
    {
        _option = new Option<string?>(Name, "-o") { Description = description + (required ? " (required)" : "") };
        _old = [.. oldNames.Select(n => new Option<string?>(n) { Hidden = true, Description = $"Old spelling of {Name}." })];
        _required = required;
        _default = defaultValue;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_option);
        foreach (var old in _old) command.Options.Add(old);
    }

    /// <summary>The place given, by its spelling now or an old one (warned), else the default.</summary>
    /// <exception cref="ArgumentException">Required and not given, or given twice under two spellings.</exception>
    public string? Value(ParseResult parse, string verb)
    {
        var given = new List<(string Spelling, string Value)>();
        if (parse.GetResult(_option) is { Implicit: false } && parse.GetValue(_option) is { } now) given.Add((Name, now));
        foreach (var old in _old)
            if (parse.GetResult(old) is { Implicit: false } && parse.GetValue(old) is { } value)
            {
                Console.Error.WriteLine($"{verb}: warning: {old.Name} is an old spelling of {Name} (-o) and will go in the next release");
                given.Add((old.Name, value));
            }
        if (given.Count > 1) throw new ArgumentException($"{string.Join(" and ", given.Select(g => g.Spelling))} both name the output: give {Name} once");
        if (given.Count == 1) return given[0].Value;
        if (_required) throw new ArgumentException($"{Name} is required");
        return _default?.Invoke();
    }
}
