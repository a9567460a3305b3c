// Where each page lives: directory URLs with a trailing slash, written as dir/index.html.
using Handbook.Model;

namespace Handbook.Core;

public static class PageUrls
{
    public const string Home = "";
    public const string Sources = "sources/";
    public const string Assets = "assets/";

    /// <summary>Names an area may not take because the site uses them for its own folders.</summary>
    public static readonly string[] Reserved = ["sources", "assets", "search", "404", "drill"];

    /// <summary>Study mode's drill, over the whole handbook or, with ?area=, one area.</summary>
    public const string Drill = "drill/";

    /// <summary>The folder of an area's printable page, beside its questions' folders: no question may take its name.</summary>
    public const string PrintFolder = "print";

    /// <summary>The folder of an area's night-before sheet, reserved like <see cref="PrintFolder"/>.</summary>
    public const string SheetFolder = "sheet";

    /// <summary>Question slugs the area's own pages take, and the page each one names.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReservedQuestionSlugs = new Dictionary<string, string>
    {
        [PrintFolder] = "the area's printable page",
        [SheetFolder] = "the area's night-before sheet",
    };

    public static string Area(Area area) => $"{area.Slug}/";
    public static string Question(Area area, Question question) => $"{area.Slug}/{question.Slug}/";
    public static string Print(Area area) => $"{area.Slug}/{PrintFolder}/";
    public static string Sheet(Area area) => $"{area.Slug}/{SheetFolder}/";

    /// <summary>A question's anchor on its area's print page. "q-" keeps it apart from the area's own ids, and the "--" of the ids
    /// inside it from the other questions' anchors, since a slug has single hyphens only.</summary>
    public static string PrintAnchor(Question question) => $"q-{question.Slug}";

    public static string Source(EvidenceSource source) => $"sources/{source.Id}/";

    public static string FileFor(string pagePath) => pagePath + "index.html";

    public static int Depth(string pagePath) => pagePath.Count(c => c == '/');

    /// <summary>The prefix that leads from a page back to the site root: "./", "../", "../../".</summary>
    public static string RootFrom(string pagePath) => Depth(pagePath) == 0 ? "./" : string.Concat(Enumerable.Repeat("../", Depth(pagePath)));

    /// <summary>A base path normalised to start and end with '/'.</summary>
    public static string NormaliseBasePath(string? basePath)
    {
        var trimmed = (basePath ?? "/").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    /// <summary>The absolute URL of the site root: the base URL, given the base path when the URL names no path of its own.</summary>
    public static string? AbsoluteRoot(string? baseUrl, string basePath)
    {
        if (baseUrl is null) return null;
        var uri = new Uri(baseUrl, UriKind.Absolute);
        return uri.AbsolutePath is "/" or "" ? uri.GetLeftPart(UriPartial.Authority) + basePath : baseUrl.TrimEnd('/') + "/";
    }
}
