using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Display;

/// <summary>Turns values of some kind into a MIME bundle. Registered in a <see cref="FormatterRegistry"/>.</summary>
public interface IDisplayFormatter
{
    bool CanFormat(object value);

    MimeBundle Format(object value, DisplayContext context);
}
