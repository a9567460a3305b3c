// One problem found in the input, formatted the way editors and CI annotate: file(line,col): error CODE: message.
namespace Handbook.Diagnostics;

public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    // No file (an internal error) prints no location, rather than a line starting with ':'.
    public override string ToString() =>
        $"{(Location.File.Length > 0 ? $"{Location}: " : "")}{(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
