// What the study partials need to render their hidden forms: the storage key, the area's questions and shape, the sources.
using System.Collections.Concurrent;
using Handbook.Core;
using Handbook.Model;
using Handbook.Words;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class StudyModelBuilder(Site site, ContentModelBuilder content, string basePath)
{
    /// <summary>The localStorage key: base path and title, so two forks served from one domain never read each other's notes.</summary>
    public string Key => $"handbook-study:{basePath}:{site.Settings.Title}";

    /// <summary>A question's study id is its page path, which the build already keeps unique and stable.</summary>
    public static string QuestionId(Area area, Question question) => PageUrls.Question(area, question);

    /// <summary>A quick-fire question's id: its area's path and its anchor on the area page.</summary>
    public static string QuickId(Area area, int index) => $"{PageUrls.Area(area)}#quick-{index + 1}";

    // Every page of an area lists its questions for linking: their titles come from the build's one title cache.
    private string Title(string markdown) => content.PlainTitle(markdown);

    // The same on every page: made once and frozen, as their pages' own copies would be (the Study object records their reads).
    private readonly ScriptArray _sources = Frozen([.. site.Sources.Select(s => new ScriptObject { ["id"] = s.Id, ["name"] = s.Name })]);
    private readonly ConcurrentDictionary<string, ScriptArray> _phases = new(StringComparer.Ordinal);
    private readonly ScriptArray _noPhases = Frozen(Phases(null));

    private static ScriptArray Frozen(ScriptArray array)
    {
        ModelFreezer.Freeze(array);
        return array;
    }

    public ScriptObject Study(Area? area, Question? question, PageContext page)
    {
        var shape = area?.Shape is { } id ? site.Settings.Shape(id) : null;
        // The key, timer and phases are handbook.yml's; the sources are listed by name; the areas with their questions' titles.
        ModelRead[] reads = area is null ? [Reads.Settings, Reads.Sources, Reads.Navigation]
            : [Reads.Settings, Reads.Sources, Reads.Of(ReadKind.AreaTitle, area), Reads.Of(ReadKind.AreaShape, area)];
        return new ReadObject(page.Reads, reads)
        {
            ["key"] = Key,
            ["question_id"] = area is not null && question is not null ? QuestionId(area, question) : null,
            ["area_id"] = area is null ? null : PageUrls.Area(area),
            ["phases"] = shape is null ? _noPhases : _phases.GetOrAdd(shape.Id, static (_, s) => Frozen(Phases(s)), shape),
            ["answer_seconds"] = site.Settings.AnswerSeconds ?? HandbookSettings.DefaultAnswerSeconds,
            ["sources"] = _sources,
            // A question page's story panel reads its area's questions from the area's one script, not from the page.
            ["areas"] = question is null ? new ScriptArray((area is null ? site.Areas : [area]).Select(a => Area(a, page))) : null,
            ["area_title"] = area?.Title,
            ["area_script"] = area is not null && question is not null ? page.Url(StudyAreaScript.PathFor(area)) : null,
        };
    }

    /// <summary>Each phase with its pace, the percent of the timer it gets: its own share, or an even part of what the shares leave.</summary>
    private static ScriptArray Phases(AnswerShape? shape)
    {
        var phases = shape?.Phases ?? [];
        var unshared = phases.Count(p => p.Share is null);
        var rest = Math.Max(0, 100 - phases.Sum(p => p.Share ?? 0));
        return [.. phases.Select(p => new ScriptObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["share"] = p.Share,
            ["pace"] = (p.Share ?? (double)rest / unshared).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        })];
    }

    /// <summary>The night-before sheet: the spine, and each question's flow and first listening-for item, each in one line.</summary>
    public ScriptObject Sheet(Area area, PageContext page) => new ReadObject(page.Reads, Reads.Of(ReadKind.AreaTitle, area),
        Reads.Of(ReadKind.AreaBody, area), Reads.Of(ReadKind.AreaIndex, area))
    {
        ["title"] = area.Title,
        ["url"] = page.Url(PageUrls.Area(area)),
        ["spine"] = area.Framework is { } f ? string.Join(" → ", f.Steps.Select(s => s.Title)) : null,
        ["questions"] = new ScriptArray(area.Questions.Select(q => new ReadObject(page.Reads, Reads.Of(ReadKind.QuestionSheet, area, q))
        {
            ["id"] = QuestionId(area, q),
            ["title"] = Title(q.Text),
            ["flow"] = string.Join(" → ", q.Flow.Select(s => s.Label)),
            ["listening"] = q.ListeningFor.Count > 0 ? content.Inline(q.ListeningFor[0], page) : null,
        })),
        ["quick"] = new ScriptArray((area.MoreQuestions?.Items ?? []).Select((item, i) => new ScriptObject
        {
            ["id"] = QuickId(area, i),
            ["title"] = Title(item.Text),
        })),
    };

    private ReadObject Area(Area area, PageContext page) => new ReadObject(page.Reads, Reads.Of(ReadKind.AreaIndex, area))
    {
        ["id"] = PageUrls.Area(area),
        ["title"] = area.Title,
        ["questions"] = new ScriptArray(area.Questions.Select(q => new ScriptObject
            {
                ["id"] = QuestionId(area, q),
                ["title"] = Title(q.Text),
                ["url"] = page.Url(PageUrls.Question(area, q)),
            })
            .Concat((area.MoreQuestions?.Items ?? []).Select((item, i) => new ScriptObject
            {
                ["id"] = QuickId(area, i),
                ["title"] = Title(item.Text),
                ["url"] = page.Url(PageUrls.Area(area)) + "#" + WordingReader.Of(site).QuickId(i),
            }))),
    };
}
