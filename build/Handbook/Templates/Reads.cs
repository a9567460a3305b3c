// The keys of the reads a page records, named from the records they are of (area and question reads by page path).
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Templates;

public static class Reads
{
    public static readonly ModelRead Settings = new(ReadKind.Settings);
    public static readonly ModelRead Sources = new(ReadKind.Sources);
    public static readonly ModelRead Navigation = new(ReadKind.Navigation);

    public static ModelRead Of(ReadKind kind, Area area) => new(kind, PageUrls.Area(area));

    public static ModelRead Of(ReadKind kind, Area area, Question question) => new(kind, PageUrls.Question(area, question));

    public static ModelRead Of(ReadKind kind, EvidenceSource source) => new(kind, source.Id);

    /// <summary>The stops before and after a place: a page, or a part of one by its anchor.</summary>
    public static ModelRead Order(string path, string? anchor = null) => new(ReadKind.Order, anchor is null ? path : path + "#" + anchor);
}
