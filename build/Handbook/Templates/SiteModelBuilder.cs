// The globals every page template sees: `site` (title, navigation, asset paths) and `page` (title, breadcrumb, links).
using System.Collections.Concurrent;
using Handbook.Core;
using Handbook.Model;
using Handbook.Words;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class SiteModelBuilder(Site site, ContentModelBuilder content, string basePath, string? absoluteRoot)
{
    private readonly Wording _wording = WordingReader.Of(site);
    // The same for every page, and only read while pages render on every core.
    private readonly ScriptObject _strings = WordingModel.Strings(WordingReader.Of(site));
    private readonly ScriptObject _sections = WordingModel.Sections(WordingReader.Of(site));

    public ScriptObject Globals(PageContext page, string title, string description, ScriptArray breadcrumbs, string? editFile)
    {
        var settings = site.Settings;
        if (editFile is not null) page.Reads.Add(Reads.Settings); // the repository and branch
        var globals = new ScriptObject
        {
            // The site's own values come from handbook.yml; its list of areas is the navigation.
            ["site"] = new ReadObject(page.Reads, Reads.Settings, Reads.Navigation)
            {
                ["title"] = settings.Title,
                ["tagline"] = settings.Tagline is null ? null : content.Inline(settings.Tagline, page),
                ["company"] = settings.Company,
                ["root"] = page.Root,
                ["home_url"] = page.Url(PageUrls.Home),
                ["sources_url"] = page.Url(PageUrls.Sources),
                ["drill_url"] = page.Url(PageUrls.Drill),
                ["assets"] = page.Url(PageUrls.Assets),
                ["base_path"] = basePath,
                // The layout's meta tag: the same policy `serve` sends as a header.
                ["content_security_policy"] = ContentSecurityPolicy.Policy,
                ["areas"] = Navigation(page, SidebarAreas(page)),
                ["areas_total"] = site.Areas.Count,
                // Beyond the limit the sidebar lists the areas around the page: the home page lists them all.
                ["areas_url"] = site.Areas.Count > SidebarAreaLimit ? page.Url(PageUrls.Home) + "#" + _wording.Section("home", "areas").Id : null,
            },
            ["page"] = new ScriptObject
            {
                ["title"] = title,
                ["description"] = description,
                ["path"] = page.Path,
                ["canonical"] = absoluteRoot is null ? null : absoluteRoot + page.Path,
                ["edit_url"] = EditUrl(editFile),
                ["breadcrumbs"] = breadcrumbs,
            },
            ["strings"] = _strings,
            ["sections"] = _sections,
            // Set by the print pages only (PrintSheet.cs).
            ["print_stylesheet"] = null,
            // Set by the pages that carry study mode's panels (home, areas, questions); the layout loads its scripts only there.
            ["study"] = null,
            ["sheet"] = null,
            ["drill"] = null,
        };
        return globals;
    }

    /// <param name="url">Null for the page itself, the breadcrumb's last item.</param>
    public static ScriptObject Crumb(string title, string? url) => new() { ["title"] = title, ["url"] = url };

    /// <summary>Up to this many questions, the sidebar lists all of the current area's; beyond it, a window around the page
    /// and a link to the area's full list, so a page's size, and the build, stay linear in the size of an area.</summary>
    public const int SidebarQuestionLimit = 50;
    private const int SidebarWindow = 10;

    /// <summary>Up to this many areas, the sidebar lists them all; beyond it, the areas around the page's own (or the first
    /// ones, on a page of no area) and a link to the home page's list of all, so a page's size, and the build, stay linear in the
    /// number of areas as well as of questions.</summary>
    public const int SidebarAreaLimit = 50;

    private List<Area> SidebarAreas(PageContext page) => SidebarWindowOf(site.Areas, SidebarAreaLimit, () =>
    {
        var slash = page.Path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? -1 : _areaPositions.Value.GetValueOrDefault(page.Path[..(slash + 1)], -1);
    });

    /// <summary>All of <paramref name="items"/> up to <paramref name="limit"/>; beyond it, the ones around the current position
    /// (the first ones where there is none, -1), found only then.</summary>
    private static List<T> SidebarWindowOf<T>(IReadOnlyList<T> items, int limit, Func<int> current)
    {
        if (items.Count <= limit) return [.. items];
        var first = Math.Clamp(current() - SidebarWindow, 0, items.Count - (2 * SidebarWindow + 1));
        return [.. items.Skip(first).Take(2 * SidebarWindow + 1)];
    }

    // Each area's place in the site by its page's path, found once rather than by a scan on every page.
    private readonly Lazy<Dictionary<string, int>> _areaPositions =
        new(() => site.Areas.Select((a, i) => (PageUrls.Area(a), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal));

    /// <summary>The listed areas; only the current area lists its questions, so page size does not grow with the whole site.</summary>
    private ScriptArray Navigation(PageContext page, List<Area> areas) =>
        [.. areas.Select(area =>
        {
            if (page.Path.StartsWith(PageUrls.Area(area), StringComparison.Ordinal)) return AreaItem(area, page.Root, page);
            var key = (area.Slug, page.Root);
            return _closed.TryGetValue(key, out var closed) ? closed : _closed.GetOrAdd(key, AreaItem(area, page.Root, null));
        })];

    // A closed area's item depends on nothing but the area and the page's root, so every page with that root shows the same one,
    // made and frozen once: at 100 areas, 99 objects fewer to make and freeze for every page. It records into the page reading it.
    private readonly ConcurrentDictionary<(string Area, string Root), ReadObject> _closed = new();

    /// <param name="page">The page the area is open on: its item lists the questions around it; null for the area closed.</param>
    private ReadObject AreaItem(Area area, string root, PageContext? page)
    {
        var areaPath = PageUrls.Area(area);
        var open = page is not null;
        List<Question> shown = page is null ? [] : SidebarQuestions(area, page);
        // A closed area shows no question, so only its count depends on them: a page reads an area's list where it opens it.
        var index = Reads.Of(ReadKind.AreaIndex, area);
        var item = page is null ? ReadObject.Shared(Reads.Navigation) : new ReadObject(page.Reads, Reads.Navigation, index);
        item["title"] = area.Title;
        item["url"] = root + areaPath;
        item["current"] = page?.Path == areaPath;
        item["open"] = open;
        item["questions"] = new ScriptArray(shown.Select(q => new ScriptObject
        {
            ["title"] = content.NavTitle(q),
            ["url"] = root + PageUrls.Question(area, q),
            ["current"] = page?.Path == PageUrls.Question(area, q),
        }));
        item["questions_total"] = area.Questions.Count;
        // The area's own stops after its questions, and its print page, so the sidebar reaches everything "next" does.
        item["quick"] = new ScriptArray(open && area.MoreQuestions is { } more
            ? more.Items.Select((quick, i) => new ScriptObject { ["title"] = content.Plain(quick.Text), ["url"] = root + areaPath + "#" + _wording.QuickId(i) })
            : []);
        item["closing_url"] = open && !string.IsNullOrWhiteSpace(area.Closing) ? root + areaPath + "#" + _wording.AreaClosing.Id : null;
        item["print_url"] = root + PageUrls.Print(area);
        item["print_current"] = page?.Path == PageUrls.Print(area);
        item["questions_url"] = open && shown.Count < area.Questions.Count ? root + areaPath + "#" + _wording.Section("area", "questions").Id : null;
        if (open) return item;

        item.MemberRead("questions_total", index);
        ModelFreezer.Freeze(item); // before another thread can see it
        return item;
    }

    // Each question's place in its area by page path, found once per area rather than by a scan on every page.
    private readonly ConcurrentDictionary<Area, Dictionary<string, int>> _positions = new(ReferenceEqualityComparer.Instance);

    private List<Question> SidebarQuestions(Area area, PageContext page) => SidebarWindowOf(area.Questions, SidebarQuestionLimit, () =>
        _positions.GetOrAdd(area, a => a.Questions.Select((q, i) => (PageUrls.Question(a, q), i)).ToDictionary(p => p.Item1, p => p.i))
            .GetValueOrDefault(page.Path, -1));

    private string? EditUrl(string? contentPath) =>
        site.Settings.Repository is { } repo && contentPath is not null
            ? $"{repo}/edit/{site.Settings.Branch}/{site.Inputs.ContentRepoPath}{contentPath}"
            : null;
}
