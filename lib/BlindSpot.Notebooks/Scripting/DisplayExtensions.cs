using BlindSpot.Notebooks.Display;

namespace BlindSpot.Notebooks.Scripting;

/// <summary><c>value.Display()</c>, as in .NET Interactive.</summary>
public static class DisplayExtensions
{
    public static void Display(this object? value) => DisplaySink.Current.Display(value);
}
