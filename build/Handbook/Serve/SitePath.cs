// Turns a request's raw target into a path under the output folder, or refuses it: the one place `serve` maps a URL to a file.
namespace Handbook.Serve;

public static class SitePath
{
    /// <summary>
    /// The decoded path of a raw request target (as the client sent it, before Kestrel decodes and folds dot segments),
    /// or null when a segment could reach outside a folder or means something else on some file system: empty ("//"),
    /// "." or "..", a slash or backslash (raw or %-encoded), a drive or stream colon ("C:"), a NUL or other control character.
    /// </summary>
    public static string? Decode(string rawTarget)
    {
        var query = rawTarget.IndexOf('?');
        var raw = query < 0 ? rawTarget : rawTarget[..query];
        // Origin form only: a browser never sends the absolute form ("http://host/path") or "*" to a server that is not a proxy.
        if (!raw.StartsWith('/')) return null;

        var segments = raw[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i] = Uri.UnescapeDataString(segments[i]);
            var last = i == segments.Length - 1;
            if (segment.Length == 0 && !last) return null;
            if (segment is "." or ".." || segment.Any(c => c is '/' or '\\' or ':' || char.IsControl(c))) return null;
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>
    /// The full path of <paramref name="relative"/> under <paramref name="root"/>, or null when it would land anywhere else.
    /// Decode already refused every way out (a rooted path, ".."); this holds even if it missed one.
    /// </summary>
    public static string? Resolve(string root, string relative)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full == folder || full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
