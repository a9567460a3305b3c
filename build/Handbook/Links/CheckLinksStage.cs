// Stage: checks every internal link and anchor of the site about to be published; any broken one fails the build.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Links;

public sealed class CheckLinksStage : IStage
{
    // Checks the outputs in memory, which are byte for byte what WriteOutputStage staged, so the stage needs no disk.
    public Site Run(Site site, BuildContext context)
    {
        if (!context.Options.CheckLinks) return site;
        var address = SiteAddress.Of(context.Options, site.Settings);
        var options = new LinkCheckOptions { BasePath = address.BasePath, BaseUrl = address.AbsoluteRoot, OwnPages = true };
        var report = new LinkChecker(options).Check(SiteFiles.FromOutputs(site.Outputs), context.Progress, context.Cancellation);

        var sources = site.Outputs.Where(o => o.SourceFile is not null).ToDictionary(o => o.Path, o => o.SourceFile, StringComparer.Ordinal);
        var locator = new ContentLinkLocator(site.Inputs.Content);
        var display = context.DisplayPath(context.OutputDir);
        var located = report.Findings.Select(f => f with { Origin = f.Url is null ? null : locator.Find(f.Url, sources.GetValueOrDefault(f.File)) });

        // One Markdown link can show on several pages (a question's summary is on its area page too): report it once, on the
        // page built from the file it is written in when there is one.
        foreach (var group in located.GroupBy(f => f.Origin is null ? (object)f : (f.Origin, f.Code)))
        {
            var first = group.OrderBy(f => sources.GetValueOrDefault(f.File) == f.Origin?.File ? 0 : 1).First();
            context.Diagnostics.Add((first with { OtherPages = group.Count() - 1 }).ToDiagnostic(display));
        }

        return site;
    }
}
