// Which index file holds a word: its first two characters, from a fixed alphabet, so the client can name the file itself.
namespace Handbook.Search;

public static class ShardKey
{
    /// <summary>Characters outside a-z and 0-9 share the '_' slot, which keeps file names safe and the key space fixed.</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789_";

    /// <summary>The number of possible keys: the manifest's key bitmap has this many bits whatever the site's size.</summary>
    public static int Count => Alphabet.Length * Alphabet.Length;

    /// <summary>The key of a word of at least two characters.</summary>
    public static string Of(string word) => string.Concat(Slot(word[0]), Slot(word[1]));

    public static int Index(string key) => Alphabet.IndexOf(key[0]) * Alphabet.Length + Alphabet.IndexOf(key[1]);

    private static char Slot(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_';
}
