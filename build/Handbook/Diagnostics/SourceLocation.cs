// Where a diagnostic points: a display path plus 1-based line and column (0 when unknown).
namespace Handbook.Diagnostics;

public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
