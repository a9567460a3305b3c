// The build's link check: a hand-made site in memory, and whole builds whose content holds a broken link.
using System.Text;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Links;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class CheckLinksStageTests
{
    private static InputFile Content(string relative, string text) => new(relative, "content/" + relative, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Findings_are_reported_at_the_output_path_and_name_the_content_line_the_link_was_written_on()
    {
        var question = "question: Q?\nhow_to_answer:\n  - See [the runbook](/runbok/) and [setup](#setp).\n";
        var site = new Site
        {
            Inputs = new SiteInputs { Content = [Content("areas/a/questions/01-q.yml", question)] },
            Outputs =
            [
                OutputFile.Text("index.html", "<!doctype html><title>Home</title><a href=\"a/q/\">Q</a>\n<a href=\"runbook/\">Runbook</a>"),
                OutputFile.Text("runbook/index.html", "<!doctype html><title>Runbook</title>"),
                OutputFile.Text("a/q/index.html",
                    "<!doctype html><title>Q</title>\n<h2 id=\"setup\">Setup</h2>\n<li>See <a href=\"../../runbok/\">the runbook</a> and <a href=\"#setp\">setup</a>.</li>\n<a href=\"../../nav-typo/\">Nav</a>",
                    "content/areas/a/questions/01-q.yml"),
            ],
        };
        var context = new BuildContext(new BuildOptions());

        new CheckLinksStage().Run(site, context);

        Assert.Equal(
        [
            "_site/a/q/index.html(3,18): error HL0001: '../../runbok/' (a href): 'runbok/' does not exist. Did you mean 'runbook/'? (written in content/areas/a/questions/01-q.yml(3,23))",
            "_site/a/q/index.html(3,62): error HL0002: '#setp' (a href): this page has no element with id 'setp'. Did you mean 'setup'? (written in content/areas/a/questions/01-q.yml(3,45))",
            "_site/a/q/index.html(4,10): error HL0001: '../../nav-typo/' (a href): 'nav-typo/' does not exist.",
        ], context.Diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_broken_content_link_shown_on_several_pages_is_reported_once_on_the_page_of_its_file()
    {
        var question = "question: Q?\nsummary: Read [the guide](/gide/) first.\n";
        var site = new Site
        {
            Inputs = new SiteInputs { Content = [Content("areas/a/area.yml", "title: A\n"), Content("areas/a/questions/01-q.yml", question)] },
            Outputs =
            [
                OutputFile.Text("a/index.html", "<!doctype html><p>Read <a href=\"../gide/\">the guide</a> first.</p>", "content/areas/a/area.yml"),
                OutputFile.Text("a/q/index.html", "<!doctype html><p>Read <a href=\"../../gide/\">the guide</a> first.</p>", "content/areas/a/questions/01-q.yml"),
                OutputFile.Text("guide/index.html", "<!doctype html><title>Guide</title>"),
            ],
        };
        var context = new BuildContext(new BuildOptions());

        new CheckLinksStage().Run(site, context);

        var finding = Assert.Single(context.Diagnostics.Items);
        Assert.Equal("_site/a/q/index.html(1,33): error HL0001: '../../gide/' (a href): 'gide/' does not exist. Did you mean 'guide/'? " +
                     "(written in content/areas/a/questions/01-q.yml(2,27); also on 1 other page)", finding.ToString());
    }

    [Fact]
    public void The_stage_honours_the_base_path_of_handbook_yml_and_the_base_url()
    {
        var site = new Site
        {
            Settings = new HandbookSettings { BasePath = "/repo/" },
            Outputs =
            [
                OutputFile.Text("index.html", "<!doctype html><link rel=canonical href=\"https://o.github.io/repo/\"><a href=\"/repo/x/\">x</a><a href=\"https://o.github.io/repo/y/\">y</a>"),
                OutputFile.Text("x/index.html", "<!doctype html><title>x</title>"),
            ],
        };
        var context = new BuildContext(new BuildOptions { BaseUrl = "https://o.github.io/" });

        new CheckLinksStage().Run(site, context);

        var finding = Assert.Single(context.Diagnostics.Items);
        Assert.Equal("_site/index.html(1,102): error HL0001: 'https://o.github.io/repo/y/' (a href): 'y/' does not exist.", finding.ToString());
    }

    [Fact]
    public void A_broken_link_in_content_fails_the_build_and_leaves_the_previous_site()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var before = Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var path = "content/areas/alpha/questions/01-first.yml";
        var text = File.ReadAllText(workspace[path]).Replace("  - First answer bullet.", "  - First answer bullet, see [the second](/alpha/secnd/).");
        workspace.Write(path, text);
        var result = workspace.Build();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("_site/alpha/first/index.html(", result.Stderr);
        Assert.Contains(": error HL0001: '../../alpha/secnd/' (a href): 'alpha/secnd/' does not exist. Did you mean 'alpha/second/'? " +
                        "(written in content/areas/alpha/questions/01-first.yml(13,43); also on 1 other page)", result.Stderr); // the area's print page
        Assert.Contains("Build failed: 1 error in 1 file; _site was left as it was.", result.Stderr);
        Assert.Equal(before, Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
        Assert.Equal(["_site", "content", "site-assets", "templates"], Directory.EnumerateFileSystemEntries(workspace.Path).Select(Path.GetFileName).Order());

        // The check is on by default; an author can still publish on purpose.
        var unchecked_ = workspace.Build(new BuildOptions { CheckLinks = false });
        Assert.Equal(ExitCodes.Success, unchecked_.ExitCode);
        Assert.Contains("href=\"../../alpha/secnd/\"", File.ReadAllText(Path.Combine(workspace.Output, "alpha/first/index.html")));
    }

    [Theory]
    [InlineData("index.html", "./a/b/", "a/b/")]
    [InlineData("a/b/index.html", "../../c/d/#x", "c/d/#x")]
    [InlineData("a/b/index.html", "../c/", null)]          // stops below the root: depends on the folder
    [InlineData("a/b/index.html", "../../../c/", null)]    // climbs above the root: a problem, quoted as written
    [InlineData("a/b/index.html", "../../#top", null)]     // the home page's anchor, but written as a folder link
    [InlineData("a/b/index.html", "c/", null)]
    [InlineData("index.html", "a/", null)]
    [InlineData("a/b/index.html", "https://example.com/", null)]
    public void A_link_written_from_the_site_root_is_resolved_once_for_every_page(string file, string url, string? fromRoot) =>
        Assert.Equal(fromRoot, Handbook.Links.LinkChecker.FromRoot(file, url));

    [Fact]
    public void Links_resolved_once_still_report_each_broken_link_where_it_is_written()
    {
        // The same root-relative link, broken, on two pages at different depths: each finding quotes its own page's text.
        var files = new Dictionary<string, string>
        {
            ["index.html"] = "<!doctype html><a href=\"./gone/\">x</a>",
            ["a/b/index.html"] = "<!doctype html><a href=\"../../gone/\">x</a><a href=\"../../index.html\">home</a>",
            ["c/index.html"] = "<!doctype html><a href=\"../index.html\">home</a>",
        };
        var site = Handbook.Links.SiteFiles.FromOutputs(files.Select(f => Handbook.Model.OutputFile.Text(f.Key, f.Value)));
        var report = new Handbook.Links.LinkChecker(new Handbook.Links.LinkCheckOptions { BasePath = "/" }).Check(site);
        Assert.Equal(["a/b/index.html: '../../gone/'", "index.html: './gone/'"],
            report.Findings.Select(f => $"{f.File}: '{f.Url}'").Order(StringComparer.Ordinal));
    }
}

