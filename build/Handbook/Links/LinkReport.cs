// The result of a link check: every finding once, in a stable order, and the figures for the summary line.
using Handbook.Diagnostics;

namespace Handbook.Links;

public sealed record LinkReport
{
    public IReadOnlyList<LinkFinding> Findings { get; init; } = [];
    public int Files { get; init; }
    public int Links { get; init; }
    public int Ignored { get; init; }

    /// <summary>Every external link occurrence; checked only with --external.</summary>
    public IReadOnlyList<ExternalLink> External { get; init; } = [];
    public bool ExternalChecked { get; init; }

    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int ExternalUrls => External.Select(e => e.Url).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Findings without repeats, by file, position and code, so output does not depend on thread timing.</summary>
    public static IReadOnlyList<LinkFinding> Order(IEnumerable<LinkFinding> findings) =>
        [.. findings.Distinct()
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)];

    /// <summary>Adds a finding for every place a broken or inconclusive external URL is linked from.</summary>
    public LinkReport WithExternal(IReadOnlyDictionary<string, ExternalResult> results) => this with
    {
        ExternalChecked = true,
        Findings = Order(Findings.Concat(External.SelectMany(link =>
            results.TryGetValue(link.Url, out var result) && result.Status != ExternalStatus.Ok
                ? [new LinkFinding(link.File, link.Reference.Line, link.Reference.Column,
                    result.Status == ExternalStatus.Broken ? Severity.Error : Severity.Warning,
                    result.Status == ExternalStatus.Broken ? Codes.ExternalBroken : Codes.ExternalInconclusive,
                    $"'{link.Url}' ({link.Reference.Kind}) {result.Detail}", link.Url)]
                : Array.Empty<LinkFinding>()))),
    };
}
