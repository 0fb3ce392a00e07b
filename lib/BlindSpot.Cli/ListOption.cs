using System.CommandLine;

namespace BlindSpot.Cli;

/// <summary>
/// A list option in the usual form: values repeated (<c>--learners linear --learners boosted_trees</c>) or space-separated
/// (<c>--learners linear boosted_trees</c>). The comma-separated form of earlier releases still works for this release,
/// warned on stderr.
/// </summary>
public static class ListOption
{
    public static Option<string[]> Create(string name, string description, Func<string[]>? defaultValue = null)
    {
        var option = new Option<string[]>(name) { Description = description, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue();
        return option;
    }

    /// <summary>The values given, commas of the old form split (and warned on), or null when the option was not given and has no default.</summary>
    public static string[]? Values(ParseResult parse, Option<string[]> option, string verb)
    {
        if (parse.GetValue(option) is not { } values) return null;
        if (parse.GetResult(option) is { Implicit: false } && values.Any(v => v.Contains(',')))
            Console.Error.WriteLine($"{verb}: warning: {option.Name} with commas is the old form and will go in the next release: repeat the option or separate the values with spaces");
        return [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
    }
}
