using System.Collections;
using System.Globalization;

namespace BlindSpot.Core;

/// <summary>The text/plain form of any value: invariant culture, collections listed (bounded).</summary>
public static class PlainText
{
    public const int MaxItems = 20;

    public static string Of(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary d => List(d.Cast<DictionaryEntry>().Select(e => $"[{Of(e.Key)}, {Of(e.Value)}]"), d.Count),
        IEnumerable e => List(e.Cast<object?>().Select(Of), e is ICollection c ? c.Count : null),
        _ => value.ToString() ?? "",
    };

    private static string List(IEnumerable<string> items, int? count)
    {
        var shown = items.Take(MaxItems + 1).ToList();
        var more = shown.Count > MaxItems;
        if (more) shown.RemoveAt(MaxItems);
        var tail = !more ? "" : count is { } n ? $", … {n - MaxItems} more" : ", …";
        return "[" + string.Join(", ", shown) + tail + "]";
    }
}
