// The one rule for base_path in handbook.yml and --base-path of build, serve and check: a plain URL path such as /REPO/.
namespace Handbook.Core;

public static class BasePathRule
{
    /// <summary>Why <paramref name="path"/> is not a plain URL path, or null when it is one.</summary>
    /// <remarks>404.html loads its scripts from the base path: browsers read "/\host/" and "//host/" as another site, and a
    /// scheme, a query or a fragment would make it something other than a path.</remarks>
    public static string? Problem(string path)
    {
        foreach (var c in path)
        {
            if (c == '\\') return "it may not contain a backslash";
            if (char.IsControl(c) || ControlCharacters.IsForbidden(c)) return $"it may not contain the control character {ControlCharacters.Name(c)}";
            if (char.IsWhiteSpace(c)) return "it may not contain spaces";
        }

        if (path.Contains("//", StringComparison.Ordinal)) return "it may not contain '//'";
        var colon = path.IndexOf(':');
        if (colon >= 0 && (path.IndexOf('/') is var slash && (slash < 0 || colon < slash))) return "it may not start with a scheme such as 'https:'";
        if (path.Contains('?')) return "it may not contain '?'";
        if (path.Contains('#')) return "it may not contain '#'";
        return null;
    }

    /// <summary>The error message, the same for the file and the command line.</summary>
    public static string Message(string what, string problem) => $"{what} must be a URL path such as /REPO/: {problem}.";
}
