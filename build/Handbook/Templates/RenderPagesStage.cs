// Stage: renders every page (home, areas and their print pages, questions, evidence sources, 404) through the Scriban templates.
using Handbook.Core;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Words;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class RenderPagesStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var templates = new TemplateSet(site.Inputs.Templates, context.Diagnostics, context.DisplayPath(context.Options.TemplatesDir));
        if (context.Diagnostics.HasErrors) return site;

        var address = SiteAddress.Of(context.Options, site.Settings);
        var basePath = address.BasePath;
        var content = new ContentModelBuilder(site, new MarkdownRenderer());
        var globals = new SiteModelBuilder(site, content, basePath, address.AbsoluteRoot);
        // Pages are listed in site order, then rendered on every core: each page's model and template context are its own, the
        // parsed templates and the model are only read, and the builders' per-build caches are concurrent.
        var pages = new List<(string Template, PageContext Page, ModelRead[] Reads, Func<PageModel> Build, string File)>();
        var sheets = new List<OutputFile>(); // files beside a page, such as the print page's stylesheet
        var order = new ReadingOrder(site);
        ScriptObject? Link(ReadingStop? stop, PageContext page) => stop is null ? null : content.Stop(stop, page);
        // Which stops neighbour a place is a read of the reading order, whether or not a template then shows them.
        ScriptObject? Before(PageContext page, string? anchor = null)
        {
            page.Reads.Add(Reads.Order(page.Path, anchor));
            return Link(order.Before(page.Path, anchor), page);
        }

        ScriptObject? After(PageContext page, string? anchor = null)
        {
            page.Reads.Add(Reads.Order(page.Path, anchor));
            return Link(order.After(page.Path, anchor), page);
        }

        var study = new StudyModelBuilder(site, content, basePath);
        var pageErrors = new Diagnostics.DiagnosticBag(); // folded into the build's when every page is rendered (PageErrors)
        var words = WordingReader.Of(site);

        // A rebuild renders again only the pages that read something that changed, and keeps the last good build's output of every
        // other page; new templates or wording may show anything, so they render every page.
        var projections = new Projections(site, order);
        var kept = PageReuse.Previous(site, context);

        // Each page names what its C# reads directly: for its title, description, breadcrumbs and source file, and for the values
        // it sets on the page's model outside the builders' objects, which record their own reads when a template opens them.
        void Emit(string template, PageContext page, ModelRead[] reads, Func<PageModel> build, string? fileName = null) =>
            pages.Add((template, page, reads, build, fileName ?? PageUrls.FileFor(page.Path)));

        // The last good build's file, when every read it recorded still hashes the same.
        OutputFile? Reusable(string file) =>
            kept?.GetValueOrDefault(file) is { Reads: { } recorded } previous && projections.Unchanged(recorded) ? previous : null;

        // What a file read, with how it hashes now, for serve's next rebuild to compare; a one-off build has no next rebuild.
        IReadOnlyList<RecordedRead>? Keep(IEnumerable<ModelRead> reads) => context.KeepsPageReads ? projections.Record(reads) : null;

        // A file beside the pages is kept like a page, by what its C# read.
        OutputFile Beside(string file, ModelRead[] reads, Func<OutputFile> make) =>
            Reusable(file) ?? make() with { Reads = Keep(reads) };

        (OutputFile? File, bool Fresh) Render(string template, PageContext page, ModelRead[] reads, Func<PageModel> build, string file)
        {
            if (Reusable(file) is { } previous) return (previous, false);

            page.Reads.AddAll(reads);
            // The objects shared by pages (the sidebar's closed areas) record into this page while it is built and rendered here.
            var outer = PageReads.Current;
            PageReads.Current = page.Reads;
            try
            {
                var p = build();
                var model = globals.Globals(page, p.Title, p.Description, p.Crumbs, p.EditFile);
                foreach (var (key, value) in p.Data) model[key] = value;
                using var body = templates.RenderToWriter(template, model, pageErrors);
                if (body is null) return (null, true);
                model["content"] = new Utf8Html(body);
                using var html = templates.RenderToWriter("layout", model, pageErrors);
                if (html is null) return (null, true);
                // A one-off build writes the page now, straight from the blocks it rendered into, and lets it go (OpenStagingStage).
                var output = context.Store is { } store ? store.Store(file, html.Segments(), p.SourceFile) : new OutputFile(file, html.ToArray(), p.SourceFile);
                return (output with { Reads = Keep(page.Reads.Reads) }, true);
            }
            finally
            {
                PageReads.Current = outer;
            }
        }

        var home = PageContext.For(PageUrls.Home);
        Emit("home", home, [Reads.Settings, Reads.Navigation], () => new PageModel(site.Settings.Title, site.Settings.Tagline is { } t ? content.Plain(t) : site.Settings.Title, [], null, null,
            new ScriptObject
            {
                ["intro"] = content.Block(site.Settings.Intro, home),
                ["how_to_use"] = content.Block(site.Settings.HowToUse, home),
                ["shapes"] = new ScriptArray(site.Settings.Shapes.Select(s => content.Shape(s, home))),
                ["areas"] = new ScriptArray(site.Areas.Select(a => HomeArea(a, home))),
                ["next"] = After(home),
                ["study"] = study.Study(null, null, home),
            }));

        ScriptObject HomeArea(Area area, PageContext page)
        {
            var card = (ReadObject)content.AreaCard(area, page);
            card["questions"] = new ScriptArray(area.Questions.Select(q => content.Stop(new ReadingStop(PageUrls.Question(area, q), null, area, q), page)));
            return card.MemberRead("questions", Reads.Of(ReadKind.AreaIndex, area));
        }

        foreach (var area in site.Areas)
        {
            var page = PageContext.For(PageUrls.Area(area));
            Emit("area", page, [Reads.Of(ReadKind.AreaCard, area), Reads.Of(ReadKind.AreaFile, area)], () => new PageModel(area.Title, content.Plain(area.Summary), [SiteModelBuilder.Crumb(words["home"], page.Url(PageUrls.Home))],
                area.ContentPath, area.SourceFile, new ScriptObject { ["area"] = WithReadingLinks(content.Area(area, page), area, page), ["study"] = study.Study(area, null, page) }));

            // No edit link: the page comes from many files. A broken link on it is looked for in the area's file first, then in all.
            var printPage = PageContext.For(PageUrls.Print(area));
            var printCrumbs = new ScriptArray
            {
                SiteModelBuilder.Crumb(words["home"], printPage.Url(PageUrls.Home)),
                SiteModelBuilder.Crumb(area.Title, printPage.Url(PageUrls.Area(area))),
            };
            Emit("print", printPage, [Reads.Of(ReadKind.AreaCard, area), Reads.Of(ReadKind.AreaFile, area)], () => new PageModel(words.Format("print_title", ("area", area.Title)), content.Plain(area.Summary), printCrumbs, null,
                area.SourceFile, new ScriptObject { ["area"] = content.PrintArea(area, printPage), ["print_stylesheet"] = PrintSheet.FileName }));
            sheets.Add(Beside(PageUrls.Print(area) + PrintSheet.FileName, [Reads.Settings, Reads.Of(ReadKind.AreaTitle, area)],
                () => OutputFile.Text(PageUrls.Print(area) + PrintSheet.FileName, PrintSheet.Css(site.Settings.Title, area.Title, words))));
            // Every title of the area made plain: in a large handbook, the work of the whole stage when nothing in the area changed.
            sheets.Add(Beside(StudyAreaScript.PathFor(area), [Reads.Of(ReadKind.AreaIndex, area)], () => StudyAreaScript.For(area, content.PlainTitle)));

            var sheetPage = PageContext.For(PageUrls.Sheet(area));
            Emit("sheet", sheetPage, [Reads.Of(ReadKind.AreaCard, area), Reads.Of(ReadKind.AreaFile, area)], () => new PageModel(words.Format("sheet_title", ("area", area.Title)), content.Plain(area.Summary),
                [SiteModelBuilder.Crumb(words["home"], sheetPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, sheetPage.Url(PageUrls.Area(area)))],
                null, area.SourceFile, new ScriptObject { ["sheet"] = study.Sheet(area, sheetPage), ["study"] = study.Study(area, null, sheetPage) }));

            for (var index = 0; index < area.Questions.Count; index++)
            {
                var i = index; // the page is built later, on another thread: each closure keeps its own position
                var question = area.Questions[i];
                var qPage = PageContext.For(PageUrls.Question(area, question));
                Emit("question", qPage, [Reads.Of(ReadKind.QuestionCard, area, question), Reads.Of(ReadKind.QuestionNav, area, question),
                        Reads.Of(ReadKind.QuestionFile, area, question), Reads.Of(ReadKind.AreaTitle, area)], () => new PageModel(content.Plain(question.Text), content.Plain(question.Summary),
                    [SiteModelBuilder.Crumb(words["home"], qPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, qPage.Url(PageUrls.Area(area))),
                        SiteModelBuilder.Crumb(content.NavTitle(question), null)],
                    question.ContentPath, question.SourceFile, new ScriptObject
                    {
                        ["area"] = content.AreaCard(area, qPage),
                        ["question"] = content.Question(area, question, qPage),
                        ["prev"] = Before(qPage),
                        ["next"] = After(qPage),
                        ["study"] = study.Study(area, question, qPage),
                    }));
            }
        }

        // The area page holds three kinds of stop: its overview, each quick-fire question and the closing tip; each gets its own links.
        ScriptObject WithReadingLinks(ScriptObject model, Area area, PageContext page)
        {
            model["prev"] = Before(page);
            model["next"] = After(page);
            if (model["more"] is ScriptObject more && more["items"] is ScriptArray items)
                foreach (var item in items.OfType<ScriptObject>())
                {
                    item["prev"] = Before(page, (string?)item["id"]);
                    item["next"] = After(page, (string?)item["id"]);
                }

            model["closing_prev"] = Before(page, words.AreaClosing.Id);
            model["closing_next"] = After(page, words.AreaClosing.Id);
            return model;
        }

        var drill = PageContext.For(PageUrls.Drill);
        Emit("drill", drill, [Reads.Settings], () => new PageModel(words["drill_title"], words["drill_description"],
            [SiteModelBuilder.Crumb(words["home"], drill.Url(PageUrls.Home))], null, null, new ScriptObject
            {
                ["study"] = study.Study(null, null, drill),
                ["drill"] = new ScriptArray(site.Settings.Probes.Select(p => content.Inline(p, drill))),
            }));

        RenderSources(site, content, words, Emit);

        var notFound = new PageContext("404.html", basePath);
        Emit("404", notFound, [Reads.Navigation], () => new PageModel(words["not_found_title"], words["not_found_description"], [], null, null,
            new ScriptObject { ["areas"] = new ScriptArray(site.Areas.Select(a => content.AreaCard(a, notFound))) }), "404.html");

        context.Progress.Count(pages.Count);
        var rendered = new OutputFile?[pages.Count];
        var fresh = new bool[pages.Count];
        try
        {
            Output.OutputWriteException.Around(() => Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = context.Cancellation }, n =>
            {
                var (template, page, reads, build, file) = pages[n];
                (rendered[n], fresh[n]) = Render(template, page, reads, build, file);
                context.Progress.Advance();
            }));
        }
        finally
        {
            PageErrors.Fold(pageErrors, context.Diagnostics);
        }

        context.PagesRendered = [.. pages.Where((_, n) => fresh[n]).Select(p => p.File)];
        return site with { Outputs = [.. site.Outputs, .. rendered.OfType<OutputFile>(), .. sheets] };
    }

    private delegate void Emitter(string template, PageContext page, ModelRead[] reads, Func<PageModel> build, string? fileName = null);

    private static void RenderSources(Site site, ContentModelBuilder content, Model.Wording words, Emitter emit)
    {
        // Grouped once: each source's page and its line on the index list that source's citations, in site order.
        var citations = SourceCitation.All(site).ToLookup(c => c.Ref.SourceId, StringComparer.Ordinal);
        var index = PageContext.For(PageUrls.Sources);
        var crumbs = new ScriptArray { SiteModelBuilder.Crumb(words["home"], index.Url(PageUrls.Home)) };
        emit("sources", index, [Reads.Sources], () => new PageModel(words["sources_title"], words["sources_description"], crumbs, "evidence.yml", null,
            new ScriptObject
            {
                ["sources"] = new ScriptArray(site.Sources.Select(s => new ReadObject(index.Reads, Reads.Of(ReadKind.Source, s), Reads.Of(ReadKind.Citations, s))
                {
                    ["name"] = s.Name,
                    ["url"] = index.Url(PageUrls.Source(s)),
                    ["summary"] = content.Inline(s.Summary, index),
                    ["count"] = citations[s.Id].Count(),
                })),
            }));

        foreach (var source in site.Sources)
        {
            var page = PageContext.For(PageUrls.Source(source));
            var sourceCrumbs = new ScriptArray
            {
                SiteModelBuilder.Crumb(words["home"], page.Url(PageUrls.Home)),
                SiteModelBuilder.Crumb(words["sources_title"], page.Url(PageUrls.Sources)),
            };
            emit("source", page, [Reads.Of(ReadKind.Source, source), Reads.Of(ReadKind.Citations, source)], () => new PageModel(source.Name, source.Summary is { } s ? content.Plain(s) : source.Name, sourceCrumbs, "evidence.yml",
                null, new ScriptObject
                {
                    ["source"] = new ScriptObject { ["id"] = source.Id, ["name"] = source.Name, ["summary"] = content.Block(source.Summary, page) },
                    ["citations"] = new ScriptArray(citations[source.Id].Select(c => new ScriptObject
                    {
                        ["area"] = c.Area.Title,
                        ["area_url"] = page.Url(PageUrls.Area(c.Area)),
                        ["question"] = c.Question is null ? null : content.Inline(c.Question.Text, page),
                        ["url"] = page.Url(c.Question is null ? PageUrls.Area(c.Area) : PageUrls.Question(c.Area, c.Question)),
                        ["pull"] = content.Inline(c.Ref.Pull, page),
                    })),
                }));
        }
    }
}
