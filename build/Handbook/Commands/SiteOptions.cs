// The options `build`, `serve` and `check` share, declared once with their validation: the input and output folders and the
// site's address (--base-path, --base-url).
using System.CommandLine;
using Handbook.Core;

namespace Handbook.Commands;

internal static class SiteOptions
{
    public static Option<string> Content() => Folder("--content", "The content folder.", "content");

    public static Option<string> Output() => Folder("--output", "Where to write the site; replaced only when the build succeeds.", "_site");

    public static Option<string> Templates() => Folder("--templates", "The Scriban templates folder.", "templates");

    public static Option<string> Assets() => Folder("--assets", "The folder of static assets copied to assets/.", "site-assets");

    public static Option<string?> BasePath(string description = "The URL path the site is served under, e.g. /REPO/ (overrides handbook.yml).")
    {
        var option = new Option<string?>("--base-path") { Description = description };
        option.Validators.Add(result =>
        {
            if (SiteAddress.BasePathProblem(result.GetValueOrDefault<string?>()) is { } problem) result.AddError(problem);
        });
        return option;
    }

    public static Option<string?> BaseUrl(string description)
    {
        var option = new Option<string?>("--base-url") { Description = description };
        option.Validators.Add(result =>
        {
            if (SiteAddress.BaseUrlProblem(result.GetValueOrDefault<string?>()) is { } problem) result.AddError(problem);
        });
        return option;
    }

    /// <summary>The four folders and --base-path, as build and serve take them.</summary>
    public sealed class Set
    {
        public Option<string> Content { get; } = SiteOptions.Content();
        public Option<string> Output { get; } = SiteOptions.Output();
        public Option<string> Templates { get; } = SiteOptions.Templates();
        public Option<string> Assets { get; } = SiteOptions.Assets();
        public Option<string?> BasePath { get; } = SiteOptions.BasePath();

        public IEnumerable<Option> All => [Content, Output, Templates, Assets, BasePath];

        public BuildOptions Read(ParseResult parse) => new()
        {
            ContentDir = parse.GetValue(Content)!,
            OutputDir = parse.GetValue(Output)!,
            TemplatesDir = parse.GetValue(Templates)!,
            AssetsDir = parse.GetValue(Assets)!,
            BasePath = parse.GetValue(BasePath),
        };
    }

    private static Option<string> Folder(string name, string description, string fallback) =>
        new(name) { Description = description, DefaultValueFactory = _ => fallback };
}
