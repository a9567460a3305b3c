// A URL made absolute by the resolver, before the file lookup: a site path, an external URL, nothing to check, or a problem.
namespace Handbook.Links;

/// <param name="Path">The URL path inside this site, e.g. "/REPO/area/q/"; null for external or skipped URLs.</param>
/// <param name="SameDocument">True for "#x" or "?q": the document itself.</param>
public readonly record struct AbsoluteUrl(string? Path, string? Fragment, string? External, bool SameDocument, string? Code, string? Problem)
{
    public static AbsoluteUrl Broken(string code, string problem) => new(null, null, null, false, code, problem);
}
