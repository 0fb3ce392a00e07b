using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>Fisher–Yates on the project's own PRNG, so every shuffle is the same on every machine and .NET version.</summary>
internal static class Shuffle
{
    public static void InPlace<T>(IList<T> items, SplitMixRandom random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
