// Where a diagnostic points: a display path plus 1-based line and column (0 when unknown).
namespace Handbook.Diagnostics;

public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    // A file name may hold a newline or an escape character: shown escaped, so a diagnostic stays one line an editor can parse.
    public override string ToString() => Line > 0 ? $"{Shown(File)}({Line},{Column})" : Shown(File);

    private static string Shown(string path) =>
        path.Any(char.IsControl) ? string.Concat(path.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : path;
}
