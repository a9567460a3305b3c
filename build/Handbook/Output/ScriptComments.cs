// Drops the whole-line comments of the generator's own scripts from the published copy: they are for maintainers, and every
// reader would download them (the search client's comments alone are a fifth of its gzipped size).
using System.Text;

namespace Handbook.Output;

internal static class ScriptComments
{
    /// <summary>True for the site's own scripts; vendored ones (vendor/) are published byte for byte, licence headers included.</summary>
    public static bool Applies(string assetPath) =>
        assetPath.EndsWith(".js", StringComparison.Ordinal) && !assetPath.StartsWith("vendor/", StringComparison.Ordinal);

    /// <summary>The script without lines that hold only a `//` comment. Only whole lines go: a `//` after code, or inside a
    /// string or URL, stays, so nothing that runs can change. The own scripts keep template literals on one line.</summary>
    public static byte[] Strip(byte[] script)
    {
        var lines = Encoding.UTF8.GetString(script).Split('\n');
        var kept = lines.Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return Encoding.UTF8.GetBytes(string.Join('\n', kept));
    }
}
