// The README's sample output is in the form the commands print today: the summary lines, the failure count, the usage hints.
using System.Text.RegularExpressions;
using Handbook.Commands;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ReadmeSamplesTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r", "");

    [Fact]
    public void Every_build_summary_in_the_readme_is_in_the_form_build_prints()
    {
        using var workspace = new Workspace();
        var printed = workspace.Build().Stdout.Trim();
        var form = new Regex(@"^Built \d+ pages \(\d+ files\) into _site in \d+ ms\.$");
        Assert.Matches(form, printed);
        var samples = Regex.Matches(Readme, @"^Built .*$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.Matches(form, s));
    }

    [Fact]
    public void The_readmes_failure_sample_ends_as_a_failed_build_does()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "source: dashboards", "source: dashbords");
        var last = workspace.Build().Stderr.Replace("\r", "").TrimEnd().Split('\n')[^1];
        Assert.Equal("Build failed: 1 error in 1 file; _site was left as it was.", last);
        Assert.Contains("\n" + last + "\n", Readme);
    }

    [Theory]
    [InlineData("bild")]
    [InlineData("serve", "--port", "abc")]
    public void The_readmes_usage_samples_are_what_the_parser_reports(params string[] args)
    {
        var parse = CommandTree.Create(InternalErrorReport.VerboseOption()).Parse(args);
        var stderr = new StringWriter();
        ParseErrorReport.Write(parse, stderr);
        // The README shows the commands run from source; the hint names whatever started this test.
        var shown = stderr.ToString().Replace("\r", "").Replace($"'{CommandName.Current} ", "'dotnet run --project build/Handbook -- ");
        Assert.Contains($"$ dotnet run --project build/Handbook -- {string.Join(' ', args)}\n{shown}", Readme);
    }
}
