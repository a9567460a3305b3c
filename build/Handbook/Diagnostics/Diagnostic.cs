// One problem found in the input, formatted the way editors and CI annotate: file(line,col): error CODE: message.
namespace Handbook.Diagnostics;

public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
