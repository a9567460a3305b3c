// Stage: renders every page (home, areas and their print pages, questions, evidence sources, 404) through the Scriban templates.
using Handbook.Incremental;
using Handbook.Markdown;
using Handbook.Model;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class RenderPagesStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var templates = new TemplateSet(site.Inputs.Templates, context.Diagnostics, context.DisplayPath(context.Options.TemplatesDir));
        if (context.Diagnostics.HasErrors) return site;

        var basePath = PageUrls.NormaliseBasePath(context.Options.BasePath ?? site.Settings.BasePath);
        var content = new ContentModelBuilder(site, new MarkdownRenderer());
        var globals = new SiteModelBuilder(site, content, basePath, PageUrls.AbsoluteRoot(context.Options.BaseUrl, basePath));
        var study = new StudyModelBuilder(site, content, basePath);
        var outputs = new List<OutputFile>();

        // A rebuild renders only the pages the change affects and keeps the last good build's output of every other page.
        var affected = AffectedPagesBuilder.For(site);
        var kept = affected.IsAll ? null : site.Previous!.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);

        void Emit(string template, PageContext page, Func<PageModel> build, string? fileName = null)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var file = fileName ?? PageUrls.FileFor(page.Path);
            if (!affected.Includes(page.Path) && kept?.GetValueOrDefault(file) is { } previous)
            {
                outputs.Add(previous);
                return;
            }

            var p = build();
            var model = globals.Globals(page, p.Title, p.Description, p.Crumbs, p.EditFile);
            foreach (var (key, value) in p.Data) model[key] = value;
            if (templates.Render(template, model, context.Diagnostics) is not { } body) return;
            model["content"] = new Html(body);
            if (templates.Render("layout", model, context.Diagnostics) is { } html)
                outputs.Add(OutputFile.Text(file, html, p.SourceFile));
        }

        var home = PageContext.For(PageUrls.Home);
        Emit("home", home, () => new PageModel(site.Settings.Title, site.Settings.Tagline is { } t ? content.Plain(t) : site.Settings.Title, [], null, null,
            new ScriptObject
            {
                ["intro"] = content.Block(site.Settings.Intro, home),
                ["how_to_use"] = content.Block(site.Settings.HowToUse, home),
                ["shapes"] = new ScriptArray(site.Settings.Shapes.Select(s => content.Shape(s, home))),
                ["areas"] = new ScriptArray(site.Areas.Select(a => content.AreaCard(a, home))),
                ["study"] = study.Study(null, null, home),
            }));

        foreach (var area in site.Areas)
        {
            var page = PageContext.For(PageUrls.Area(area));
            Emit("area", page, () => new PageModel(area.Title, content.Plain(area.Summary), [SiteModelBuilder.Crumb(site.Settings.Title, page.Url(PageUrls.Home))],
                area.ContentPath, area.SourceFile, new ScriptObject { ["area"] = content.Area(area, page), ["study"] = study.Study(area, null, page) }));

            // No edit link: the page comes from many files. A broken link on it is looked for in the area's file first, then in all.
            var printPage = PageContext.For(PageUrls.Print(area));
            var printCrumbs = new ScriptArray
            {
                SiteModelBuilder.Crumb(site.Settings.Title, printPage.Url(PageUrls.Home)),
                SiteModelBuilder.Crumb(area.Title, printPage.Url(PageUrls.Area(area))),
            };
            Emit("print", printPage, () => new PageModel($"{area.Title}, every question", content.Plain(area.Summary), printCrumbs, null,
                area.SourceFile, new ScriptObject { ["area"] = content.PrintArea(area, printPage) }));

            var sheetPage = PageContext.For(PageUrls.Sheet(area));
            Emit("sheet", sheetPage, () => new PageModel($"{area.Title}, the night before", content.Plain(area.Summary),
                [SiteModelBuilder.Crumb(site.Settings.Title, sheetPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, sheetPage.Url(PageUrls.Area(area)))],
                null, area.SourceFile, new ScriptObject { ["sheet"] = study.Sheet(area, sheetPage), ["study"] = study.Study(area, null, sheetPage) }));

            for (var i = 0; i < area.Questions.Count; i++)
            {
                var question = area.Questions[i];
                var qPage = PageContext.For(PageUrls.Question(area, question));
                ScriptObject? Neighbour(int index) => index >= 0 && index < area.Questions.Count
                    ? content.QuestionCard(area, area.Questions[index], qPage) : null;
                Emit("question", qPage, () => new PageModel(content.Plain(question.Text), content.Plain(question.Summary),
                    [SiteModelBuilder.Crumb(site.Settings.Title, qPage.Url(PageUrls.Home)), SiteModelBuilder.Crumb(area.Title, qPage.Url(PageUrls.Area(area)))],
                    question.ContentPath, question.SourceFile, new ScriptObject
                    {
                        ["area"] = content.AreaCard(area, qPage),
                        ["question"] = content.Question(area, question, qPage),
                        ["prev"] = Neighbour(i - 1),
                        ["next"] = Neighbour(i + 1),
                        ["study"] = study.Study(area, question, qPage),
                    }));
            }
        }

        var drill = PageContext.For(PageUrls.Drill);
        Emit("drill", drill, () => new PageModel("Drill", "One question at a time, at random, scheduled by spaced repetition.",
            [SiteModelBuilder.Crumb(site.Settings.Title, drill.Url(PageUrls.Home))], null, null, new ScriptObject
            {
                ["study"] = study.Study(null, null, drill),
                ["drill"] = new ScriptArray(site.Settings.Probes.Select(p => content.Inline(p, drill))),
            }));

        RenderSources(site, content, Emit);

        var notFound = new PageContext("404.html", basePath);
        Emit("404", notFound, () => new PageModel("Page not found", "This page does not exist.", [], null, null,
            new ScriptObject { ["areas"] = new ScriptArray(site.Areas.Select(a => content.AreaCard(a, notFound))) }), "404.html");

        return site with { Outputs = [.. site.Outputs, .. outputs] };
    }

    private delegate void Emitter(string template, PageContext page, Func<PageModel> build, string? fileName = null);

    private static void RenderSources(Site site, ContentModelBuilder content, Emitter emit)
    {
        var index = PageContext.For(PageUrls.Sources);
        var crumbs = new ScriptArray { SiteModelBuilder.Crumb(site.Settings.Title, index.Url(PageUrls.Home)) };
        emit("sources", index, () => new PageModel("Where to get your data", "Every evidence source and what it backs.", crumbs, "evidence.yml", null,
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
                SiteModelBuilder.Crumb(site.Settings.Title, page.Url(PageUrls.Home)),
                SiteModelBuilder.Crumb("Where to get your data", page.Url(PageUrls.Sources)),
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
