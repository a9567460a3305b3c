// Turns the content model into search documents: one per question, area and evidence page, a section per anchor.
using Handbook.Core;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Words;

namespace Handbook.Search;

/// <remarks>Anchors and headings are the sections' of templates/sections.yml, which the templates write too; the link check
/// finds any anchor the pages do not have.</remarks>
public sealed class SearchDocumentBuilder(Site site)
{
    private readonly Wording _words = WordingReader.Of(site);

    public IReadOnlyList<SearchDocument> Build(CancellationToken cancel = default)
    {
        // Each area's documents on their own, on every core; kept in the order of the areas.
        var areas = new List<SearchDocument>[site.Areas.Count];
        Parallel.For(0, areas.Length, new ParallelOptions { CancellationToken = cancel },
            i => areas[i] = [Area(site.Areas[i]), .. site.Areas[i].Questions.Select(q => Question(site.Areas[i], q))]);
        // Every citation in site order, grouped by source once: each source's page lists its own.
        var citations = site.Areas.SelectMany(a => a.Evidence.Concat(a.Questions.SelectMany(q => q.Evidence))).ToLookup(r => r.SourceId);
        return [.. areas.SelectMany(a => a), .. site.Sources.Select(s => Source(s, citations[s.Id]))];
    }

    private SearchDocument Question(Area area, Question question)
    {
        var title = Plain(question.Text);
        return new SearchDocument(PageUrls.Question(area, question), title, "question",
        [
            new("", "", [new(SearchField.Title, title), .. Optional(SearchField.Kind, question.Kind), new(SearchField.Summary, Plain(question.Summary))]),
            Section(_words.QuestionFlow, [.. question.Flow.Select(s => new SearchText(SearchField.Step, Plain(s.Label)))]),
            Section(_words.QuestionHowToAnswer, Texts(SearchField.Text, question.HowToAnswer)),
            .. Bullets(_words.QuestionListeningFor, question.ListeningFor),
            .. Evidence(_words.QuestionEvidence, question.Evidence),
        ]);
    }

    private SearchDocument Area(Area area)
    {
        var title = Plain(area.Title);
        var sections = new List<SearchSection>
        {
            new("", "", [new(SearchField.Title, title), new(SearchField.Summary, Plain(area.Summary)), .. Optional(SearchField.Text, area.Intro)]),
        };
        if (area.Framework is { } framework)
        {
            sections.Add(new(_words.AreaFramework.Id, Plain(framework.Heading ?? _words.AreaFramework.Heading),
            [
                .. Optional(SearchField.Heading, framework.Name), .. Optional(SearchField.Text, framework.Intro), .. Optional(SearchField.Text, framework.Summary),
                .. framework.Steps.SelectMany(s => (IEnumerable<SearchText>)
                    [new(SearchField.Step, Plain(s.Title)), .. Optional(SearchField.Text, s.Tagline), .. Optional(SearchField.Text, s.Detail)]),
            ]));
        }

        sections.AddRange(Bullets(_words.AreaListeningFor, area.ListeningFor));
        sections.AddRange(Evidence(_words.AreaEvidence, area.Evidence));
        if (area.MoreQuestions is { } more)
        {
            if (more.Intro is not null)
                sections.Add(new(_words.AreaMore.Id, Plain(more.Title ?? _words.AreaMore.Heading), [new(SearchField.Text, Plain(more.Intro))]));
            sections.AddRange(more.Items.Select((item, i) => new SearchSection(_words.QuickId(i), _words.AreaQuick.Heading,
                [new(SearchField.Heading, Plain(item.Text)), .. Texts(SearchField.Text, item.HowToAnswer)])));
        }

        if (area.Closing is { } closing) sections.Add(Section(_words.AreaClosing, [new(SearchField.Text, Plain(closing))]));
        return new SearchDocument(PageUrls.Area(area), title, "area", sections);
    }

    private SearchDocument Source(EvidenceSource source, IEnumerable<EvidenceRef> citations)
    {
        var title = Plain(source.Name);
        var pulls = citations.Select(r => _words["citation_pull"] + " " + Plain(r.Pull)).Distinct().ToList();
        return new SearchDocument(PageUrls.Source(source), title, "source",
        [
            new("", "", [new(SearchField.Title, title), .. Optional(SearchField.Summary, source.Summary)]),
            .. pulls.Count == 0 ? [] : new[] { Section(_words.SourceCitedBy, Texts(SearchField.Text, pulls)) },
        ]);
    }

    private static SearchSection Section(PageSection section, IReadOnlyList<SearchText> texts) => new(section.Id, section.Heading, texts);

    private static IEnumerable<SearchSection> Bullets(PageSection section, IReadOnlyList<string> items) =>
        items.Count == 0 ? [] : [Section(section, Texts(SearchField.Text, items))];

    private IEnumerable<SearchSection> Evidence(PageSection section, IReadOnlyList<EvidenceRef> refs)
    {
        var texts = refs.Where(r => site.Source(r.SourceId) is not null).SelectMany(r => new SearchText[]
        {
            new(SearchField.Source, Plain(r.Label ?? site.Source(r.SourceId)!.Name)),
            new(SearchField.Text, _words["pull"] + " " + Plain(r.Pull)),
        }).ToList();
        return texts.Count == 0 ? [] : [Section(section, texts)];
    }

    private static List<SearchText> Texts(SearchField field, IEnumerable<string> items) => [.. items.Select(i => new SearchText(field, Plain(i)))];

    private static IEnumerable<SearchText> Optional(SearchField field, string? text) => text is null ? [] : [new SearchText(field, Plain(text))];

    // Plain text collapses line breaks of block fields, so excerpts read as one line.
    private static string Plain(string text) => string.Join(' ', MarkdownRenderer.Plain(text).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
