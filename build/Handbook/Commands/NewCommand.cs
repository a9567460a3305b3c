// `handbook new area|question`: writes commented starter files that build clean at once, never overwriting anything.
using System.CommandLine;
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Scaffold;

namespace Handbook.Commands;

public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Scaffold a new area or question with commented starter files.");
        command.Subcommands.Add(AreaCommand());
        command.Subcommands.Add(QuestionCommand());
        return command;
    }

    private static Option<string> ContentOption() =>
        new("--content") { Description = "The content folder to add to.", DefaultValueFactory = _ => "content" };

    private static Command AreaCommand()
    {
        var slug = new Argument<string>("slug") { Description = "The area's slug: its folder name and URL, e.g. platform-engineering." };
        var title = new Option<string>("--title") { Description = "The area's title.", Required = true };
        var content = ContentOption();
        var command = new Command("area", "Write content/areas/<slug>/area.yml.") { slug, title, content };
        command.SetAction(parse => NewArea(parse.GetValue(content)!, parse.GetValue(slug)!, parse.GetValue(title)!, Console.Out, Console.Error));
        return command;
    }

    private static Command QuestionCommand()
    {
        var area = new Argument<string>("area") { Description = "The slug of an existing area." };
        var slug = new Argument<string>("slug") { Description = "The question's slug: its file name and URL, e.g. build-vs-buy." };
        var question = new Option<string>("--question") { Description = "The question as the interviewer asks it.", Required = true };
        var kind = new Option<string?>("--kind") { Description = "A label shown as a badge: opening, flagship, mechanics, ..." };
        var content = ContentOption();
        var command = new Command("question", "Write content/areas/<area>/questions/NN-<slug>.yml.") { area, slug, question, kind, content };
        command.SetAction(parse => NewQuestion(parse.GetValue(content)!, parse.GetValue(area)!, parse.GetValue(slug)!,
            parse.GetValue(question)!, parse.GetValue(kind), Console.Out, Console.Error));
        return command;
    }

    public static int NewArea(string contentDir, string slug, string title, TextWriter stdout, TextWriter stderr, string? workingDirectory = null)
    {
        // The slug first, and as HB0005: it becomes a folder name, and an unchecked one can hold a newline or overflow a path.
        if (SlugProblem(slug, "area") is { } bad) return Usage(stderr, Codes.BadSlug, bad);
        if (TextProblem(title, "--title") is { } problem) return Usage(stderr, Codes.BadOption, problem);
        if (PageUrls.Reserved.Contains(slug))
            return Usage(stderr, Codes.BadOption, $"Area slug '{slug}' is reserved for the site's own pages ({string.Join(", ", PageUrls.Reserved)}).");

        var context = new BuildContext(new BuildOptions { ContentDir = contentDir }, workingDirectory);
        if (Load(context, stderr) is not { } site) return ExitCode(context);
        if (site.Areas.FirstOrDefault(a => a.Slug == slug) is { } existing)
            return Usage(stderr, Codes.FileExists, $"Area '{slug}' already exists: {existing.SourceFile}. Nothing was written.");

        var path = Path.Combine(context.FullPath(contentDir), "areas", slug, "area.yml");
        var text = AreaStarterBuilder.Build(site, slug, title, AreaStarterBuilder.NextOrder(site));
        return Write(context, path, text, stdout, stderr, $"new question {slug} <question-slug> --question \"...\"");
    }

    public static int NewQuestion(string contentDir, string areaSlug, string slug, string question, string? kind, TextWriter stdout,
        TextWriter stderr, string? workingDirectory = null)
    {
        if (SlugProblem(slug, "question") is { } bad) return Usage(stderr, Codes.BadSlug, bad);
        if ((TextProblem(question, "--question") ?? (kind is null ? null : TextProblem(kind, "--kind"))) is { } problem)
            return Usage(stderr, Codes.BadOption, problem);

        if (PageUrls.ReservedQuestionSlugs.TryGetValue(slug, out var page))
            return Usage(stderr, Codes.BadOption, $"Question slug '{slug}' is reserved for {page}.");

        var context = new BuildContext(new BuildOptions { ContentDir = contentDir }, workingDirectory);
        if (Load(context, stderr) is not { } site) return ExitCode(context);
        if (site.Areas.FirstOrDefault(a => a.Slug == areaSlug) is not { } area)
        {
            var slugs = site.Areas.Select(a => a.Slug).ToList();
            return Usage(stderr, Codes.UnknownArea, $"There is no area '{Slug.Show(areaSlug)}' in {context.DisplayPath(Path.Combine(contentDir, "areas"))}.{DidYouMean.Suffix(areaSlug, slugs)}" +
                (slugs.Count > 0 ? $" Areas: {string.Join(", ", slugs)}." : " Create one with `new area`."));
        }

        if (area.Questions.FirstOrDefault(q => q.Slug == slug) is { } existing)
            return Usage(stderr, Codes.FileExists, $"Question '{slug}' already exists in area '{areaSlug}': {existing.SourceFile}. Nothing was written.");

        var folder = Path.GetDirectoryName(context.FullPath(area.SourceFile))!;
        var path = Path.Combine(folder, "questions", QuestionStarterBuilder.FileName(area, slug));
        return Write(context, path, QuestionStarterBuilder.Build(site, area, question, kind), stdout, stderr, null);
    }

    private static Site? Load(BuildContext context, TextWriter stderr)
    {
        var site = ContentModelReader.Read(context);
        if (site is not null) return site;
        foreach (var diagnostic in context.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)) stderr.WriteLine(diagnostic);
        stderr.WriteLine("Nothing was written: fix the content's errors first, so the new file can be checked against it.");
        return null;
    }

    private static int ExitCode(BuildContext context) =>
        context.Diagnostics.Items.Any(d => d.Code.StartsWith("HB01", StringComparison.Ordinal)) ? ExitCodes.UsageErrors : ExitCodes.ContentErrors;

    private static int Write(BuildContext context, string path, string text, TextWriter stdout, TextWriter stderr, string? next)
    {
        var shown = context.DisplayPath(path);
        if (!StarterWriter.TryWrite(path, text))
            return Usage(stderr, Codes.FileExists, $"{shown} already exists. Nothing was written.");

        stdout.WriteLine($"Wrote {shown}");
        stdout.WriteLine($"Next: replace its TODO lines, then run `{CommandName.Current} build`" +
            (next is null ? "." : $", and add questions with `{CommandName.Current} {next}`."));
        return ExitCodes.Success;
    }

    private static string? SlugProblem(string slug, string what) => Slug.IsValid(slug) ? null :
        $"'{Slug.Show(slug)}' is not a valid {what} slug: {Slug.Rule} (e.g. '{IdReader.Suggest(slug)}').";

    private static string? TextProblem(string text, string option) => string.IsNullOrWhiteSpace(text) ? $"{option} must not be empty." : null;

    private static int Usage(TextWriter stderr, string code, string message)
    {
        stderr.WriteLine($"error {code}: {message}");
        return ExitCodes.UsageErrors;
    }
}
