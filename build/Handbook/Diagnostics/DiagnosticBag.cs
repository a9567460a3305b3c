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

    /// <summary>--strict: what should not ship (a TODO, a missing schema line, an uncited source) stops the build like an error.</summary>
    public bool WarningsAsErrors { get; init; }

    public void Warning(SourceLocation at, string code, string message) =>
        Add(new Diagnostic(at, WarningsAsErrors ? Severity.Error : Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) { _items.Add(diagnostic); }
    }

    /// <summary>Diagnostics in a stable order: files that could not be read first (the cause of what follows), then by file and
    /// position, so output does not depend on load order.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        Items.OrderBy(d => Codes.FileNotRead.Contains(d.Code) ? 0 : 1)
             .ThenBy(d => d.Location.File, StringComparer.Ordinal)
             .ThenBy(d => d.Location.Line)
             .ThenBy(d => d.Location.Column)
             .ThenBy(d => d.Code, StringComparer.Ordinal);
}
