// Stage: checks every internal link and anchor of the site about to be published; any broken one fails the build.
using Handbook.Model;
using Handbook.Templates;

namespace Handbook.Links;

public sealed class CheckLinksStage : IStage
{
    // Checks the outputs in memory, which are byte for byte what WriteOutputStage staged, so the stage needs no disk.
    public Site Run(Site site, BuildContext context)
    {
        var basePath = PageUrls.NormaliseBasePath(context.Options.BasePath ?? site.Settings.BasePath);
        var options = new LinkCheckOptions { BasePath = basePath, BaseUrl = PageUrls.AbsoluteRoot(context.Options.BaseUrl, basePath) };
        var report = new LinkChecker(options).Check(SiteFiles.FromOutputs(site.Outputs));

        var sources = site.Outputs.Where(o => o.SourceFile is not null).ToDictionary(o => o.Path, o => o.SourceFile, StringComparer.Ordinal);
        var locator = new ContentLinkLocator(site.Inputs.Content);
        var display = context.DisplayPath(context.OutputDir);
        foreach (var finding in report.Findings)
        {
            var origin = finding.Url is null ? null : locator.Find(finding.Url, sources.GetValueOrDefault(finding.File));
            context.Diagnostics.Add((finding with { Origin = origin }).ToDiagnostic(display));
        }

        return site;
    }
}
