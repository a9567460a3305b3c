// Stage: renders every page (home, areas and their print pages, questions, evidence sources, 404) through the Scriban templates.
using Handbook.Core;
using Handbook.Incremental;
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
        var pages = new List<(string Template, PageContext Page, Func<PageModel> Build, string File)>();
        var sheets = new List<OutputFile>(); // files beside a page, such as the print page's stylesheet
        var order = new ReadingOrder(site);
        ScriptObject? Link(ReadingStop? stop, PageContext page) => stop is null ? null : content.Stop(stop, page);
        var study = new StudyModelBuilder(site, content, basePath);
        var words = WordingReader.Of(site);

        // A rebuild renders only the pages the change affects and keeps the last good build's output of every other page.
        var affected = AffectedPagesBuilder.For(site);
        var kept = affected.IsAll ? null : site.Previous!.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);

        void Emit(string template, PageContext page, Func<PageModel> build, string? fileName = null) =>
            pages.Add((template, page, build, fileName ?? PageUrls.FileFor(page.Path)));

        OutputFile? Render(string template, PageContext page, Func<PageModel> build, string file)
        {
            if (!affected.Includes(page.Path) && kept?.GetValueOrDefault(file) is { } previous) return previous;

            var p = build();
            var model = globals.Globals(page, p.Title, p.Description, p.Crumbs, p.EditFile);
            foreach (var (key, value) in p.Data) model[key] = value;
            if (templates.Render(template, model, context.Diagnostics) is not { } body) return null;
            model["content"] = new Html(body);
            return templates.Render("layout", model, context.Diagnostics) is { } html ? OutputFile.Text(file, html, p.SourceFile) : null;
        }

        var home = PageContext.For(PageUrls.Home);
        Emit("home", home, () => new PageModel(site.Settings.Title, site.Settings.Tagline is { } t ? content.Plain(t) : site.Settings.Title, [], null, null,
            new ScriptObject
            {
                ["intro"] = content.Block(site.Settings.Intro, home),
                ["how_to_use"] = content.Block(site.Settings.HowToUse, home),
                ["shapes"] = new ScriptArray(site.Settings.Shapes.Select(s => content.Shape(s, home))),
                ["areas"] = new ScriptArray(site.Areas.Select(a => HomeArea(a, home))),
                ["next"] = Link(order.After(PageUrls.Home), home),
                ["study"] = study.Study(null, null, home),
            }));

        ScriptObject HomeArea(Area area, PageContext page)
        {
            var card = content.AreaCard(area, page);
            card["questions"] = new ScriptArray(area.Questions.Select(q => content.Stop(new ReadingStop(PageUrls.Question(area, q), null, area, q), page)));
            return card;
        }

        foreach (var area in site.Areas)
        {
            var page = PageContext.For(PageUrls.Area(area));
            Emit("area", page, () => new PageModel(area.Title, content.Plain(area.Summary), [SiteModelBuilder.Crumb(words["home"], page.Url(PageUrls.Home))],
                area.ContentPath, area.SourceFile, new ScriptObject { ["area"] = WithReadingLinks(content.Area(area, page), area, page), ["study"] = study.Study(area, null, page) }));

            // No edit link: the page comes from many files. A broken link on it is looked for in the area's file first, then in all.
            var printPage = PageContext.For(PageUrls.Print(area));
            var printCrumbs = new ScriptArray
            {
                SiteModelBuilder.Crumb(words["home"], printPage.Url(PageUrls.Home)),
                SiteModelBuilder.Crumb(area.Title, printPage.Url(PageUrls.Area(area))),
            };
            Emit("print", printPage, () => new PageModel(words.Format("print_title", ("area", area.Title)), content.Plain(area.Summary), printCrumbs, null,
                area.SourceFile, new ScriptObject { ["area"] = content.PrintArea(area, printPage), ["print_stylesheet"] = PrintSheet.FileName }));
            sheets.Add(OutputFile.Text(PageUrls.Print(area) + PrintSheet.FileName, PrintSheet.Css(site.Settings.Title, area.Title, words)));
            sheets.Add(StudyAreaScript.For(area, content.PlainTitle));

            var sheetPage = PageContext.For(PageUrls.Sheet(area));
            Emit("sheet", sheetPage, () => new PageModel(words.Format("sheet_title", ("area", area.Title)), content.Plain(area.Summary),
                [SiteModelBuilder.Crumb(words["home"], sheetPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, sheetPage.Url(PageUrls.Area(area)))],
                null, area.SourceFile, new ScriptObject { ["sheet"] = study.Sheet(area, sheetPage), ["study"] = study.Study(area, null, sheetPage) }));

            for (var index = 0; index < area.Questions.Count; index++)
            {
                var i = index; // the page is built later, on another thread: each closure keeps its own position
                var question = area.Questions[i];
                var qPage = PageContext.For(PageUrls.Question(area, question));
                Emit("question", qPage, () => new PageModel(content.Plain(question.Text), content.Plain(question.Summary),
                    [SiteModelBuilder.Crumb(words["home"], qPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, qPage.Url(PageUrls.Area(area))),
                        SiteModelBuilder.Crumb(content.NavTitle(question), null)],
                    question.ContentPath, question.SourceFile, new ScriptObject
                    {
                        ["area"] = content.AreaCard(area, qPage),
                        ["question"] = content.Question(area, question, qPage),
                        ["prev"] = Link(order.Before(qPage.Path), qPage),
                        ["next"] = Link(order.After(qPage.Path), qPage),
                        ["study"] = study.Study(area, question, qPage),
                    }));
            }
        }

        // The area page holds three kinds of stop: its overview, each quick-fire question and the closing tip; each gets its own links.
        ScriptObject WithReadingLinks(ScriptObject model, Area area, PageContext page)
        {
            model["prev"] = Link(order.Before(page.Path), page);
            model["next"] = Link(order.After(page.Path), page);
            if (model["more"] is ScriptObject more && more["items"] is ScriptArray items)
                foreach (var item in items.OfType<ScriptObject>())
                {
                    item["prev"] = Link(order.Before(page.Path, (string?)item["id"]), page);
                    item["next"] = Link(order.After(page.Path, (string?)item["id"]), page);
                }

            model["closing_prev"] = Link(order.Before(page.Path, words.AreaClosing.Id), page);
            model["closing_next"] = Link(order.After(page.Path, words.AreaClosing.Id), page);
            return model;
        }

        var drill = PageContext.For(PageUrls.Drill);
        Emit("drill", drill, () => new PageModel(words["drill_title"], words["drill_description"],
            [SiteModelBuilder.Crumb(words["home"], drill.Url(PageUrls.Home))], null, null, new ScriptObject
            {
                ["study"] = study.Study(null, null, drill),
                ["drill"] = new ScriptArray(site.Settings.Probes.Select(p => content.Inline(p, drill))),
            }));

        RenderSources(site, content, words, Emit);

        var notFound = new PageContext("404.html", basePath);
        Emit("404", notFound, () => new PageModel(words["not_found_title"], words["not_found_description"], [], null, null,
            new ScriptObject { ["areas"] = new ScriptArray(site.Areas.Select(a => content.AreaCard(a, notFound))) }), "404.html");

        context.Progress.Count(pages.Count);
        var rendered = new OutputFile?[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = context.Cancellation }, n =>
        {
            var (template, page, build, file) = pages[n];
            rendered[n] = Render(template, page, build, file);
            context.Progress.Advance();
        });
        return site with { Outputs = [.. site.Outputs, .. rendered.OfType<OutputFile>(), .. sheets] };
    }

    private delegate void Emitter(string template, PageContext page, Func<PageModel> build, string? fileName = null);

    private static void RenderSources(Site site, ContentModelBuilder content, Model.Wording words, Emitter emit)
    {
        var index = PageContext.For(PageUrls.Sources);
        var crumbs = new ScriptArray { SiteModelBuilder.Crumb(words["home"], index.Url(PageUrls.Home)) };
        emit("sources", index, () => new PageModel(words["sources_title"], words["sources_description"], crumbs, "evidence.yml", null,
            new ScriptObject
            {
                ["sources"] = new ScriptArray(site.Sources.Select(s => new ScriptObject
                {
                    ["name"] = s.Name,
                    ["url"] = index.Url(PageUrls.Source(s)),
                    ["summary"] = content.Inline(s.Summary, index),
                    ["count"] = Citations(site, s).Count(),
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
            emit("source", page, () => new PageModel(source.Name, source.Summary is { } s ? content.Plain(s) : source.Name, sourceCrumbs, "evidence.yml",
                null, new ScriptObject
                {
                    ["source"] = new ScriptObject { ["id"] = source.Id, ["name"] = source.Name, ["summary"] = content.Block(source.Summary, page) },
                    ["citations"] = new ScriptArray(Citations(site, source).Select(c => new ScriptObject
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

    private static IEnumerable<(Area Area, Question? Question, EvidenceRef Ref)> Citations(Site site, EvidenceSource source) =>
        site.Areas.SelectMany(area =>
            area.Evidence.Where(r => r.SourceId == source.Id).Select(r => (area, (Question?)null, r))
                .Concat(area.Questions.SelectMany(q => q.Evidence.Where(r => r.SourceId == source.Id).Select(r => (area, (Question?)q, r)))));
}
