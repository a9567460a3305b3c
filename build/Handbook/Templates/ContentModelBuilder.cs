// Turns content records into the plain script objects templates read; Markdown fields arrive as Html.
using System.Diagnostics.CodeAnalysis;
using Handbook.Core;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Words;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class ContentModelBuilder(Site site, MarkdownRenderer markdown)
{
    private readonly Wording _wording = WordingReader.Of(site);

    public Html Block(string? text, PageContext page) => new(text is null ? "" : markdown.Block(text, page.Links));
    public Html Inline(string? text, PageContext page) => new(text is null ? "" : markdown.Inline(text, page.Links));
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Pages read content.Block, content.Inline and "
        + "content.Plain alike off the builder they hold; a static Plain alone would only save a null check.")]
    public string Plain(string text) => MarkdownRenderer.Plain(text);

    // Titles repeat on every page of an area (navigation, previous/next, study lists), so a per-page Markdown pass would be
    // quadratic: each is made plain once per build, lazily (a rebuild pays only for what it renders), and concurrently, since
    // pages render on every core.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _titles = new(StringComparer.Ordinal);

    /// <summary>A title's plain text, computed once per build however many pages show it.</summary>
    public string PlainTitle(string markdown) => _titles.GetOrAdd(markdown, Plain);

    /// <summary>The question's name in the sidebar, breadcrumbs and previous/next links: plain text.</summary>
    public string NavTitle(Question question) => PlainTitle(question.ShortTitle ?? question.Text);

    /// <summary>A place in the reading order as a link from this page: an anchor alone when it is on this page. A question's stop
    /// also offers the whole question, made only if a template reads it.</summary>
    public ScriptObject Stop(ReadingStop stop, PageContext page)
    {
        var model = new ReadObject(page.Reads, stop switch
        {
            { Question: { } q, Area: { } a } => [Reads.Of(ReadKind.QuestionNav, a, q)],
            { Quick: >= 0, Area: { } a } => [Reads.Of(ReadKind.AreaIndex, a)],
            { IsClosing: true } => [],
            { Area: { } a } => [Reads.Of(ReadKind.AreaTitle, a)],
            _ => [],
        })
        {
            ["title"] = stop switch
            {
                { Question: { } q } => NavTitle(q),
                { Quick: >= 0, Area: { } a } => PlainTitle(a.MoreQuestions!.Items[stop.Quick].Text),
                { IsClosing: true } => _wording.AreaClosing.Heading,
                { Area: { } a } => a.Title,
                _ => _wording["home"],
            },
            ["kind"] = stop switch
            {
                { Question: not null } => _wording["question"],
                { Quick: >= 0 } => _wording["quick_fire_question"],
                { IsClosing: true } => _wording["closing_tip"],
                { Area: not null } => _wording["area"],
                _ => _wording["home"],
            },
            ["url"] = stop.Anchor is { } anchor && stop.Path == page.Path ? "#" + anchor
                : page.Url(stop.Path) + (stop.Anchor is null ? "" : "#" + stop.Anchor),
        };
        model["question"] = stop is { Question: { } question, Area: { } area } ? new Deferred(() => Question(area, question, page)) : null;
        return model;
    }

    public ScriptArray InlineList(IEnumerable<string> items, PageContext page) => [.. items.Select(i => Inline(i, page))];

    public ScriptObject Shape(AnswerShape shape, PageContext page) => new ReadObject(page.Reads, Reads.Settings)
    {
        ["id"] = shape.Id,
        ["name"] = shape.Name,
        ["summary"] = Block(shape.Summary, page),
        ["phases"] = new ScriptArray(shape.Phases.Select((p, i) => new ScriptObject
        {
            ["id"] = p.Id, ["name"] = p.Name, ["share"] = p.Share, ["position"] = AnswerShape.ColourOf(i),
        })),
    };

    public ScriptArray Evidence(IEnumerable<EvidenceRef> refs, PageContext page) =>
        [.. refs.Select(r => site.Source(r.SourceId) is { } source
            ? new ReadObject(page.Reads, Reads.Of(ReadKind.Source, source))
            {
                ["name"] = r.Label ?? source.Name,
                ["url"] = page.Url(PageUrls.Source(source)),
                ["pull"] = Inline(r.Pull, page),
            }
            : null).OfType<ScriptObject>()];

    public ScriptObject QuestionCard(Area area, Question question, PageContext page) =>
        QuestionCard(new ReadObject(page.Reads, Reads.Of(ReadKind.QuestionCard, area, question)), area, question, page);

    private ScriptObject QuestionCard(ScriptObject model, Area area, Question question, PageContext page)
    {
        model["text"] = Inline(question.Text, page);
        model["title"] = Plain(question.Text);
        model["url"] = page.Url(PageUrls.Question(area, question));
        model["kind"] = question.Kind;
        model["summary"] = Inline(question.Summary, page);
        return model;
    }

    public ScriptObject AreaCard(Area area, PageContext page) => AreaCard(new ReadObject(page.Reads, Reads.Of(ReadKind.AreaCard, area)), area, page);

    private ScriptObject AreaCard(ScriptObject model, Area area, PageContext page)
    {
        model["title"] = area.Title;
        model["url"] = page.Url(PageUrls.Area(area));
        model["summary"] = Inline(area.Summary, page);
        model["print_url"] = page.Url(PageUrls.Print(area));
        model["sheet_url"] = page.Url(PageUrls.Sheet(area));
        model["question_count"] = area.Questions.Count;
        model["quick_count"] = area.MoreQuestions?.Items.Count ?? 0;
        return model;
    }

    public ScriptObject Area(Area area, PageContext page) => Area(area, page, q => QuestionCard(area, q, page));

    /// <summary>The area with every question in full, each under its own anchor, for the area's print page.</summary>
    public ScriptObject PrintArea(Area area, PageContext page) => Area(area, page, q => Question(area, q, page, PageUrls.PrintAnchor(q)));

    private ScriptObject Area(Area area, PageContext page, Func<Question, ScriptObject> question)
    {
        // The shape's name and phases are a Settings read; the question list is the area's index.
        var model = AreaCard(new ReadObject(page.Reads, Reads.Of(ReadKind.AreaCard, area), Reads.Of(ReadKind.AreaBody, area),
            Reads.Of(ReadKind.AreaIndex, area), Reads.Settings), area, page);
        model["intro"] = Block(area.Intro, page);
        model["shape"] = area.Shape is { } id && site.Settings.Shape(id) is { } shape ? Shape(shape, page) : null;
        model["framework"] = area.Framework is { } f ? Framework(f, page) : null;
        model["listening_for"] = InlineList(area.ListeningFor, page);
        model["evidence"] = Evidence(area.Evidence, page);
        model["questions"] = new ScriptArray(area.Questions.Select(question));
        model["more"] = area.MoreQuestions is { } more ? More(more, page) : null;
        model["closing"] = Block(area.Closing, page);
        // The reading order's links, which the area page sets (RenderPagesStage) and the print page goes without.
        model["prev"] = model["next"] = model["closing_prev"] = model["closing_next"] = null;
        return model;
    }

    /// <param name="anchor">The question's id on a page it shares with others; every id inside it then starts with the anchor and "--".</param>
    public ScriptObject Question(Area area, Question question, PageContext page, string? anchor = null)
    {
        var ids = anchor is null ? "" : anchor + "--";
        // The phases' names and shares are a Settings read, and which shape they come from the area's.
        var model = QuestionCard(new ReadObject(page.Reads, Reads.Of(ReadKind.QuestionCard, area, question),
            Reads.Of(ReadKind.QuestionBody, area, question), Reads.Of(ReadKind.AreaShape, area), Reads.Settings), area, question, page);
        model["anchor"] = anchor;
        model["ids"] = ids;
        // On a page of many questions (anchored: the print page), the heavy parts are made as the template reaches each question
        // and let go at the next, so the print page of an area of thousands never holds them all.
        object? Part(Func<object?> make) => anchor is null ? make() : new Deferred(make, transient: true);
        model["diagram"] = Part(() => question.Diagram is { } diagram ? new DiagramHtml(diagram, ids) : null);
        // The diagram's colour key: only the phases its flow uses, in the shape's order, with their suggested shares.
        var used = question.Flow.Select(s => s.Phase).OfType<string>().ToHashSet(StringComparer.Ordinal);
        model["phases"] = area.Shape is { } id && site.Settings.Shape(id) is { } shape && used.Count > 0
            ? new ScriptObject
            {
                ["shape"] = shape.Name,
                ["items"] = new ScriptArray(shape.Phases.Select((p, i) => (p, i)).Where(x => used.Contains(x.p.Id)).Select(x => new ScriptObject
                {
                    ["name"] = x.p.Name, ["share"] = x.p.Share, ["position"] = AnswerShape.ColourOf(x.i),
                })),
            }
            : null;
        model["how_to_answer"] = Part(() => InlineList(question.HowToAnswer, page));
        model["listening_for"] = Part(() => InlineList(question.ListeningFor, page));
        model["evidence"] = Part(() => Evidence(question.Evidence, page));
        return model;
    }

    private ScriptObject Framework(Framework framework, PageContext page) => new()
    {
        ["heading"] = framework.Heading ?? _wording.AreaFramework.Heading,
        ["intro"] = Block(framework.Intro, page),
        ["name"] = framework.Name,
        ["summary"] = Inline(framework.Summary, page),
        ["diagram"] = framework.Diagram is { } diagram ? new DiagramHtml(diagram, "") : null,
        ["steps"] = new ScriptArray(framework.Steps.Select((s, i) => new ScriptObject
        {
            ["number"] = i + 1,
            ["title"] = s.Title,
            ["tagline"] = Inline(s.Tagline, page),
            ["detail"] = Inline(s.Detail, page),
        })),
    };

    private ScriptObject More(MoreQuestions more, PageContext page) => new()
    {
        ["title"] = more.Title ?? _wording.AreaMore.Heading,
        ["intro"] = Block(more.Intro, page),
        ["items"] = new ScriptArray(more.Items.Select((item, i) => new ScriptObject
        {
            ["id"] = _wording.QuickId(i),
            ["question"] = Inline(item.Text, page),
            ["title"] = Plain(item.Text),
            ["how_to_answer"] = InlineList(item.HowToAnswer, page),
            // The area page links each item into the reading order (RenderPagesStage); other pages show it without.
            ["prev"] = null,
            ["next"] = null,
        })),
    };
}
