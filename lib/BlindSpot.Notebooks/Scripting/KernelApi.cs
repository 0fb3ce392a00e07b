using BlindSpot.Notebooks.Display;

namespace BlindSpot.Notebooks.Scripting;

/// <summary>
/// The functions a notebook cell can call without qualification (imported with <c>using static</c>),
/// named as in .NET Interactive.
/// </summary>
public static class KernelApi
{
    /// <summary>Shows a value as a display_data output of the running cell.</summary>
#pragma warning disable IDE1006 // lower-case names match the .NET Interactive kernel
    public static void display(object? value) => DisplaySink.Current.Display(value);

    /// <summary>Marks text as HTML so that it is displayed, not escaped.</summary>
    public static HtmlString HTML(string html) => new(html);
#pragma warning restore IDE1006
}
