// Collects every diagnostic of a run so all problems of all files are reported together.
namespace Handbook.Diagnostics;

public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) { return [.. _items]; } }
    }

    public bool HasErrors
    {
        get { lock (_gate) { return _items.Any(d => d.Severity == Severity.Error); } }
    }

    public void Error(SourceLocation at, string code, string message) => Add(new Diagnostic(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, string code, string message) => Add(new Diagnostic(at, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) { _items.Add(diagnostic); }
    }

    /// <summary>Diagnostics in a stable order: by file, then position, so output does not depend on load order.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
             .ThenBy(d => d.Location.Line)
             .ThenBy(d => d.Location.Column)
             .ThenBy(d => d.Code, StringComparer.Ordinal);
}
