using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// A pattern a user wrote in a mapping. It runs on .NET's non-backtracking engine, whose time is linear in the text's
/// length whatever the pattern (so <c>^(a+)+$</c> cannot hang an import); a pattern that needs backtracking
/// (backreferences, lookarounds) runs with a match timeout instead, and a match that hits it is an error naming the pattern.
/// </summary>
public sealed class UserPattern
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private readonly Regex _regex;

    /// <summary>Where the pattern stands in the mapping (e.g. <c>signals[2].matches</c>), for messages.</summary>
    public string Where { get; }

    public string Text { get; }

    private UserPattern(string where, string text, Regex regex) => (Where, Text, _regex) = (where, text, regex);

    /// <summary>The compiled pattern, or an error naming where it stands and why it is not a pattern.</summary>
    public static UserPattern Compile(string where, string text)
    {
        try
        {
            return new UserPattern(where, text, new Regex(text, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        }
        catch (NotSupportedException)
        {
            // a construct the linear engine lacks: run it with a time limit instead
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{where} is not a valid pattern: {text}", e);
        }
        try
        {
            return new UserPattern(where, text, new Regex(text, RegexOptions.CultureInvariant, Timeout));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{where} is not a valid pattern: {text}", e);
        }
    }

    /// <summary>The match, or an <see cref="InvalidDataException"/> when the pattern ran out of time on this text.</summary>
    public Match Match(string text)
    {
        try
        {
            return _regex.Match(text);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new InvalidDataException(
                $"{Where} took longer than {Timeout.TotalMilliseconds:0} ms on a {text.Length:N0}-character text and was stopped: simplify the pattern (nested repetition such as (a+)+ backtracks)", e);
        }
    }

    public bool IsMatch(string text) => Match(text).Success;
}
