using System.Security.Cryptography;
using System.Text;

namespace BlindSpot.Logs;

/// <summary>
/// Keyed pseudonyms for the ids of an export (HMAC-SHA256 under a key that stays with the user): the same conversation
/// or customer gets the same pseudonym in every import made with the same key, so returns can be followed across
/// imports, while a name or an e-mail address in an id or a file name never reaches a derived file. Without the key a
/// pseudonym cannot be turned back, nor checked against a guessed id.
/// </summary>
public sealed class Pseudonyms
{
    private readonly byte[]? _key;

    private Pseudonyms(byte[]? key) => _key = key;

    /// <summary>No pseudonyms: ids stay as the export has them (<c>--keep-ids</c>, for private use).</summary>
    public static readonly Pseudonyms KeepIds = new(null);

    public static Pseudonyms With(byte[] key) =>
        key.Length >= 16 ? new Pseudonyms(key) : throw new ArgumentException("A pseudonym key has at least 16 bytes.", nameof(key));

    public bool KeepsIds => _key is null;

    /// <summary>A conversation's pseudonym (<c>c-</c> and 16 characters).</summary>
    public string Conversation(string id) => Of("c-", "conversation", id);

    /// <summary>A customer's pseudonym (<c>u-</c> and 16 characters).</summary>
    public string Customer(string id) => Of("u-", "customer", id);

    private string Of(string prefix, string kind, string id)
    {
        if (_key is null) return id;
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(kind + "\0" + id));
        return prefix + Base32(hash.AsSpan(0, 10));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var result = new StringBuilder(bytes.Length * 8 / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                result.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return result.ToString();
    }
}

/// <summary>
/// Where the pseudonym key lives: a file the user names, or <c>blindspot/pseudonym.key</c> in the user's own settings
/// folder (<c>$XDG_CONFIG_HOME</c>, else <c>~/.config</c>), created on first use with 32 random bytes and readable by
/// the user alone. The key is never written into an export folder or an output, and a key file inside either is refused.
/// </summary>
public static class PseudonymKey
{
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "blindspot", "pseudonym.key");

    /// <summary>The key in <paramref name="path"/> (default <see cref="DefaultPath"/>), created when the file does not exist.</summary>
    /// <param name="created">Whether this call created the key (the import says so, once).</param>
    public static byte[] LoadOrCreate(string? path, out bool created, out string where)
    {
        where = Path.GetFullPath(path ?? DefaultPath);
        created = false;
        if (File.Exists(where))
        {
            var text = File.ReadAllText(where).Trim();
            try
            {
                var key = Convert.FromHexString(text);
                if (key.Length >= 16) return key;
            }
            catch (FormatException)
            {
            }
            throw new InvalidDataException($"{where} is not a pseudonym key (expected at least 32 hexadecimal digits on one line).");
        }
        if (Directory.Exists(where)) throw new IOException($"{where} is a folder, not a key file.");
        Directory.CreateDirectory(Path.GetDirectoryName(where)!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(where, options))
        using (var writer = new StreamWriter(stream))
            writer.WriteLine(Convert.ToHexString(fresh).ToLowerInvariant());
        created = true;
        return fresh;
    }
}
