// One problem found in the input, formatted the way editors and CI annotate: file(line,col): error CODE: message.
namespace Handbook.Diagnostics;

public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    // No file (an internal error) prints no location, rather than a line starting with ':'.
    public override string ToString() =>
        $"{(Location.File.Length > 0 ? $"{Location}: " : "")}{(Severity == Severity.Error ? "error" : "warning")} {Code}: {OneLine(Message)}";

    /// <summary>"also on 3 other pages": how one problem met on many pages (a broken link from one place in the content, a
    /// template error of the layout) says so in its single line.</summary>
    public static string AlsoOn(int otherPages) => $"also on {otherPages} other page{(otherPages == 1 ? "" : "s")}";

    // A message may quote a value from content, which can span lines: escaped, so one problem is always one line.
    private static string OneLine(string message) =>
        message.Any(char.IsControl) ? message.Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n").Replace("\t", " ") : message;
}
