// The `check` command on hand-written fixture sites: one folder per rule, each break found at its line and column.
using System.Text.Json;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class LinkCheckTests
{
    private static string Case(string name) => Path.Combine(RepoPaths.Fixtures, "links", name);

    /// <summary>Runs `check site` inside a fixture case folder with the options in its args.txt.</summary>
    private static CheckResult Check(string caseFolder, Func<CheckRequest, CheckRequest>? change = null)
    {
        var request = new CheckRequest { Folder = "site" };
        var argsFile = Path.Combine(caseFolder, "args.txt");
        var args = File.Exists(argsFile) ? File.ReadAllText(argsFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];
        for (var i = 0; i < args.Length; i += 2)
            request = args[i] switch
            {
                "--base-path" => request with { BasePath = args[i + 1] },
                "--base-url" => request with { BaseUrl = args[i + 1] },
                _ => throw new InvalidOperationException($"args.txt: unknown option {args[i]}"),
            };
        return Run(change?.Invoke(request) ?? request, caseFolder);
    }

    public static CheckResult Run(CheckRequest request, string workingDirectory)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CheckCommand.RunAsync(request, stdout, stderr, workingDirectory).GetAwaiter().GetResult();
        return new CheckResult(code, stdout.ToString(), stderr.ToString());
    }

    private static IEnumerable<string> CaseNames() =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "links")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public static TheoryData<string> Cases() => [.. CaseNames()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_fixture_site_gives_exactly_its_expected_findings(string name)
    {
        var folder = Case(name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        var result = Check(folder);
        Assert.Equal(expected, result.Findings);
        Assert.Equal(expected.Count == 0 ? ExitCodes.Success : ExitCodes.BrokenLinks, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Every_expected_finding_points_at_the_url_it_names()
    {
        // Guards the golden files themselves: the column of each finding is where its URL is written.
        foreach (var name in CaseNames())
        {
            foreach (var line in File.ReadAllLines(Path.Combine(Case(name), "expected.txt")))
            {
                var m = System.Text.RegularExpressions.Regex.Match(line, @"^(?<file>[^(]+)\((?<line>\d+),(?<col>\d+)\): error HL\d+: '(?<url>[^']*)' \(");
                if (!m.Success || m.Groups["url"].Value.Length == 0 || line.Contains(": error HL0007:")) continue;
                var text = File.ReadAllLines(Path.Combine(Case(name), m.Groups["file"].Value))[int.Parse(m.Groups["line"].Value) - 1];
                Assert.True(text[(int.Parse(m.Groups["col"].Value) - 1)..].StartsWith(m.Groups["url"].Value, StringComparison.Ordinal), $"{name}: {line}");
            }
        }
    }

    [Fact]
    public void A_clean_site_reports_its_figures_and_zero_findings()
    {
        var result = Check(Case("clean"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^Checked 68 links in 7 files of site, 2 external URLs not checked \(use --external\): 0 errors, 0 warnings in \d+ ms\.\n$",
            result.Stdout.Replace("\r", ""));
    }

    [Fact]
    public void Json_output_has_the_figures_and_every_finding()
    {
        var result = Check(Case("github-pages"), r => r with { Format = "json" });
        Assert.Equal(ExitCodes.BrokenLinks, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("site", root.GetProperty("folder").GetString());
        Assert.Equal(10, root.GetProperty("errors").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(10, findings.Count);
        var first = findings[0];
        Assert.Equal("site/index.html", first.GetProperty("file").GetString());
        Assert.Equal(8, first.GetProperty("line").GetInt32());
        Assert.Equal(10, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("HL0001", first.GetProperty("code").GetString());
        Assert.Equal("about/", first.GetProperty("url").GetString());
    }

    [Fact]
    public void GitHub_annotations_follow_the_full_list_when_asked_for()
    {
        var result = Check(Case("base-path"), r => r with { GitHubAnnotations = true });
        var lines = result.Stdout.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, result.Findings.Count);
        var annotations = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.Equal("::error file=site/index.html,line=8,col=10,title=HL0004::'/docs/' (a href) leaves the site: /docs/ is outside the base path /REPO/.",
            annotations[1]);
        Assert.True(Array.IndexOf(lines, annotations[0]) > Array.FindIndex(lines, l => l.StartsWith("Checked ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Annotations_escape_what_the_workflow_command_syntax_reserves()
    {
        var writer = new StringWriter();
        Diagnostics.GitHubAnnotationFormatter.Write(
        [
            new(new Diagnostics.SourceLocation("_site/a,b:c.html", 3, 7), Diagnostics.Severity.Error, "HL0001", "100% broken:\nsecond line"),
            new(new Diagnostics.SourceLocation("content/x.yml"), Diagnostics.Severity.Warning, "HL0009", "not verified"),
        ], writer);
        Assert.Equal(
            "::error file=_site/a%2Cb%3Ac.html,line=3,col=7,title=HL0001::100%25 broken:%0Asecond line\n" +
            "::warning file=content/x.yml,title=HL0009::not verified\n", writer.ToString().Replace("\r", ""));
    }

    [Fact]
    public void Ignore_patterns_skip_matching_urls()
    {
        var result = Check(Case("missing-files"), r => r with { Ignore = ["missing-(page|area)", @"\.png$"] });
        Assert.DoesNotContain(result.Findings, f => f.Contains("missing-page/") || f.Contains("missing-area.html") || f.Contains(".png'"));
        // 24 findings less 2 pages and 9 missing PNGs; 16 links ignored: those 11 and the 5 links to img/ok.png.
        Assert.Equal(13, result.Findings.Count);
        Assert.Contains(", 16 ignored:", result.Stdout);
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_say_why()
    {
        var missing = Run(new CheckRequest { Folder = "no-such-folder" }, Case("clean"));
        Assert.Equal(ExitCodes.UsageErrors, missing.ExitCode);
        Assert.Equal("no-such-folder: error HB0102: The folder to check does not exist.\n", missing.Stderr.Replace("\r", ""));

        var regex = Check(Case("clean"), r => r with { Ignore = ["(unclosed"] });
        Assert.Equal(ExitCodes.UsageErrors, regex.ExitCode);
        Assert.StartsWith("error HB0100: --ignore '(unclosed' is not a valid regular expression", regex.Stderr);

        var baseUrl = Check(Case("clean"), r => r with { BaseUrl = "ftp://example.com/" });
        Assert.Equal(ExitCodes.UsageErrors, baseUrl.ExitCode);
        Assert.Equal("", baseUrl.Stdout);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_internal_failure_with_exit_code_3()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["site"]);
        File.WriteAllText(dir["site/index.html"], "<!doctype html><title>x</title>");
        File.CreateSymbolicLink(dir["site/dangling.html"], dir["nowhere.html"]);
        var result = Run(new CheckRequest { Folder = "site" }, dir.Path);
        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.StartsWith("error HL0900: the check of site failed: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    [Trait(RealContent.Trait, RealContent.Category)]
    public void The_real_handbook_checks_clean_under_a_base_path_and_a_base_url()
    {
        using var workspace = new Workspace(RepoPaths.Content);
        var build = workspace.Build(new BuildOptions { BasePath = "/handbook/", BaseUrl = "https://owner.github.io/" });
        Assert.True(build.ExitCode == 0, build.Stderr);
        RealContent.AssertOnlyTodoWarnings(build);
        var result = Run(new CheckRequest { Folder = "_site", BasePath = "/handbook/", BaseUrl = "https://owner.github.io/handbook/" }, workspace.Path);
        Assert.Equal([], result.Findings);
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        // The same output checked as if served at the domain root: the 404 page's root-relative links leave the site.
        var wrongBase = Run(new CheckRequest { Folder = "_site" }, workspace.Path);
        Assert.Equal(ExitCodes.BrokenLinks, wrongBase.ExitCode);
        Assert.All(wrongBase.Findings, f => Assert.Matches(@"^_site/(404\.html|sitemap\.xml)\(\d+,\d+\): error HL0001: '(/|https://owner\.github\.io/)handbook/", f));
        Assert.Contains(wrongBase.Findings, f => f.StartsWith("_site/404.html", StringComparison.Ordinal));
        Assert.Contains(wrongBase.Findings, f => f.StartsWith("_site/sitemap.xml", StringComparison.Ordinal));
    }
}
