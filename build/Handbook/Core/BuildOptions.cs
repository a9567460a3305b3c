// What a build was asked to do: folders and URL settings, as given on the command line.
namespace Handbook.Core;

public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string OutputDir { get; init; } = "_site";
    public string TemplatesDir { get; init; } = "templates";
    public string AssetsDir { get; init; } = "site-assets";

    /// <summary>Overrides handbook.yml's base_path when set.</summary>
    public string? BasePath { get; init; }

    /// <summary>Absolute URL the site is published at, for the sitemap and canonical links.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Check every internal link and anchor before publishing (on by default; --no-link-check turns it off).</summary>
    public bool CheckLinks { get; init; } = true;

    /// <summary>Warnings fail the build (--strict, as CI and the Pages workflow build): a TODO must not be published.</summary>
    public bool Strict { get; init; }
}
