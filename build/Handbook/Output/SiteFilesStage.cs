// Stage: adds the site-wide files: assets from site-assets/, sitemap.xml (with a base URL), robots.txt and the output marker.
using System.Security;
using System.Text;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

public sealed class SiteFilesStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var absoluteRoot = SiteAddress.Of(context.Options, site.Settings).AbsoluteRoot;
        var prefix = absoluteRoot;

        var assets = site.Inputs.Assets.Select(a =>
            new OutputFile(PageUrls.Assets + a.RelativePath, ScriptComments.Applies(a.RelativePath) ? ScriptComments.Strip(a.Bytes) : a.Bytes));
        var pages = site.Outputs.Where(o => o.Path.EndsWith("index.html", StringComparison.Ordinal))
                                .Select(o => o.Path[..^"index.html".Length])
                                .Order(StringComparer.Ordinal);

        var sitemap = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?>""" + "\n");
        sitemap.Append("""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""").Append('\n');
        foreach (var page in pages)
            sitemap.Append("  <url><loc>").Append(SecurityElement.Escape(prefix + page)).Append("</loc></url>\n");
        sitemap.Append("</urlset>\n");

        var robots = "User-agent: *\nAllow: /\n" + (absoluteRoot is null ? "" : $"Sitemap: {prefix}sitemap.xml\n");

        return site with
        {
            Outputs =
            [
                .. site.Outputs,
                .. assets,
                // The sitemap protocol takes absolute URLs only: without --base-url there are none to give, so no sitemap.
                .. absoluteRoot is null ? Array.Empty<OutputFile>() : [OutputFile.Text("sitemap.xml", sitemap.ToString())],
                OutputFile.Text("robots.txt", robots),
            ],
        };
    }
}
