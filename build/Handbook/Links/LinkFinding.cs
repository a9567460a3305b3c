// One problem the link checker found: where (a file of the checked folder), what, and the URL concerned.
using Handbook.Diagnostics;

namespace Handbook.Links;

/// <param name="File">The file's path inside the checked folder, with '/'.</param>
/// <param name="Url">The URL as written, or null for problems that are not about one URL (duplicate ids).</param>
public sealed record LinkFinding(string File, int Line, int Column, Severity Severity, string Code, string Message, string? Url = null)
{
    /// <summary>Where the link was written in the content, when the checked page came from content (build only).</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>How many other pages carry the same broken link from the same place in the content.</summary>
    public int OtherPages { get; init; }

    public Diagnostic ToDiagnostic(string displayRoot) =>
        new(new SourceLocation(Join(displayRoot, File), Line, Column), Severity, Code, Message + Suffix());

    private string Suffix()
    {
        var others = OtherPages == 0 ? "" : $"; {Diagnostic.AlsoOn(OtherPages)}";
        return Origin is null ? "" : $" (written in {Origin}{others})";
    }

    public static string Join(string displayRoot, string file) =>
        displayRoot.Length == 0 || displayRoot == "." ? file : displayRoot.TrimEnd('/') + "/" + file;
}
