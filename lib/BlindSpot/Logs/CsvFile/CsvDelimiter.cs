namespace BlindSpot.Logs;

/// <summary>Tells the delimiter from the header line: the candidate that occurs most often outside quotes (a comma on a tie).</summary>
public static class CsvDelimiter
{
    private static readonly byte[] Candidates = [(byte)',', (byte)'\t', (byte)';', (byte)'|'];

    public static byte Detect(ReadOnlySpan<byte> start)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var b in start)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (!quoted && b is (byte)'\n' or (byte)'\r') break;
            else if (!quoted && Array.IndexOf(Candidates, b) is var i and >= 0) counts[i]++;
        }
        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return Candidates[best];
    }
}
