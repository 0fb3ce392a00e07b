using System.Text;

namespace BlindSpot.Logs;

/// <summary>
/// The text encoding of an export's CSV files, as the mapping names it (<c>"encoding"</c>, UTF-8 by default). A file in
/// another encoding is decoded strictly (a byte the encoding does not define is an error, never a replacement
/// character) into a UTF-8 copy in a temporary folder the import owns and deletes; DuckDB reads the copy. A file that
/// does not decode is set aside with the reason.
/// </summary>
public static class ExportEncoding
{
    public const string Utf8 = "utf-8";

    public static readonly IReadOnlyList<string> Names = [Utf8, "utf-16", "utf-16le", "utf-16be", "windows-1252", "latin-1"];

    public static bool IsUtf8(string? name) => name is null || name.Equals(Utf8, StringComparison.OrdinalIgnoreCase);

    /// <summary>The strict decoder for a name of <see cref="Names"/>.</summary>
    public static Encoding Of(string name) => name.ToLowerInvariant() switch
    {
        "utf-8" => new UTF8Encoding(false, throwOnInvalidBytes: true),
        "utf-16" or "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        "windows-1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        "latin-1" => Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentException($"encoding must be one of {string.Join(", ", Names)}, not \"{name}\""),
    };

    /// <summary>
    /// A UTF-8 copy of <paramref name="path"/> in <paramref name="folder"/>, or the reason it does not decode. A UTF-16
    /// byte-order mark says which UTF-16 it is, whatever the mapping's byte order.
    /// </summary>
    public static string? Transcode(string path, string encoding, string folder, out string? problem)
    {
        problem = null;
        var bytes = File.ReadAllBytes(path);
        var decoder = Of(encoding);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (decoder, bytes) = (Of("utf-16le"), bytes[2..]);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (decoder, bytes) = (Of("utf-16be"), bytes[2..]);
        string text;
        try
        {
            text = decoder.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"does not decode as {encoding} (byte at offset {e.Index:N0}): name its encoding in the mapping";
            return null;
        }
        var copy = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(copy, text, new UTF8Encoding(false));
        return copy;
    }
}
