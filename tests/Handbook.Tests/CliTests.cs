// The command line: exit codes 0 (built), 1 (content errors), 2 (usage errors), 3 (internal errors), and help on every command.
using System.Text.RegularExpressions;
using Handbook.Build;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class CliTests
{
    private static int RunCli(params string[] args)
    {
        var entry = typeof(BuildCommand).Assembly.EntryPoint!;
        var original = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        try { return (int)entry.Invoke(null, [args])!; }
        finally { Console.SetOut(original.Out); Console.SetError(original.Error); }
    }

    /// <summary>The whole program as `handbook build ...` would run it, on the workspace, with a stage that fails as a bug would.</summary>
    private static (int ExitCode, string Stdout, string Stderr) BuildWithAFailingStage(Workspace workspace, Exception failure, params string[] extra)
    {
        var entry = typeof(BuildCommand).Assembly.EntryPoint!;
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var original = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        Pipeline.BeforeStage.Value = stage => { if (stage is CheckLinksStage) throw failure; };
        try
        {
            string[] args = ["build", "--content", workspace.Content, "--output", workspace.Output, "--templates", workspace["templates"],
                "--assets", workspace["site-assets"], .. extra];
            return ((int)entry.Invoke(null, [args])!, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Pipeline.BeforeStage.Value = null;
            Console.SetOut(original.Out);
            Console.SetError(original.Error);
        }
    }

    [Fact]
    public void An_unexpected_exception_is_one_HB0999_line_and_a_hint_with_exit_code_3_and_no_trace()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var before = Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var (code, stdout, stderr) = BuildWithAFailingStage(workspace, new InvalidOperationException("Sequence contains no elements"));

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Equal(
            [
                "error HB0999: internal error (InvalidOperationException): Sequence contains no elements. Please report it, with --verbose's trace file.",
                "This is a bug in the generator, not in your files; run the command again with --verbose to write its trace to a file.",
            ], stderr.Replace("\r", "").TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal(before, Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
        Assert.Equal(["_site"], OutputTests.Siblings(workspace));
    }

    [Fact]
    public void With_verbose_the_trace_goes_to_a_file_whose_path_is_printed()
    {
        using var workspace = new Workspace();
        var (code, stdout, stderr) = BuildWithAFailingStage(workspace, new InvalidOperationException("Injected for the test"), "--verbose");

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.DoesNotContain("   at ", stdout + stderr);
        var path = Regex.Match(stderr, @"^The trace is in (.+)\.$", RegexOptions.Multiline).Groups[1].Value.TrimEnd('\r');
        Assert.True(File.Exists(path), stderr);
        try
        {
            var trace = File.ReadAllText(path);
            Assert.Contains("System.InvalidOperationException: Injected for the test", trace);
            Assert.Contains($"   at {typeof(Pipeline).FullName}.Run(", trace);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_IOException_outside_the_output_is_an_internal_error_not_could_not_write_the_output()
    {
        using var workspace = new Workspace();
        var (code, _, stderr) = BuildWithAFailingStage(workspace, new IOException("Input/output error : 'content/handbook.yml'"));
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.StartsWith("error HB0999: internal error (IOException): Input/output error : 'content/handbook.yml'. Please report it", stderr);
        Assert.DoesNotContain("HB0900", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("new", "area", "--help")]
    [InlineData("new", "question", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("check", "--help")]
    public void Help_succeeds(params string[] args) => Assert.Equal(ExitCodes.Success, RunCli(args));

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--output")]
    [InlineData("new", "area", "platform")]
    [InlineData("new", "question", "alpha")]
    [InlineData("check")]
    [InlineData("check", "_site", "--format", "xml")]
    [InlineData("check", "_site", "--cache-max-age", "soon")]
    public void Unknown_commands_and_options_are_usage_errors(params string[] args) => Assert.Equal(ExitCodes.UsageErrors, RunCli(args));

    [Theory]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "many")]
    [InlineData("serve", "--base-path", "https://example.com/x")]
    public void Bad_serve_options_are_usage_errors_before_anything_is_built(params string[] args) =>
        Assert.Equal(ExitCodes.UsageErrors, RunCli(args));

    [Theory]
    [InlineData("not a url", null)]
    [InlineData("ftp://example.com/", null)]
    [InlineData(null, "https://example.com/x")]
    public void Bad_url_options_are_usage_errors(string? baseUrl, string? basePath)
    {
        using var workspace = new Workspace();
        var result = workspace.Build(new BuildOptions { BaseUrl = baseUrl, BasePath = basePath });
        Assert.Equal(ExitCodes.UsageErrors, result.ExitCode);
        Assert.StartsWith("error HB0100: --base-", result.Stderr);
    }

    [Fact]
    public void A_missing_content_folder_is_a_usage_error()
    {
        using var workspace = new Workspace();
        var result = workspace.Build(new BuildOptions { ContentDir = "nope" });
        Assert.Equal(ExitCodes.UsageErrors, result.ExitCode);
        Assert.Contains("nope: error HB0102: The folder given by --content does not exist.", result.Stderr);
    }

    [Fact]
    public void Success_prints_a_one_line_summary()
    {
        using var workspace = new Workspace();
        var result = workspace.Build();
        Assert.Matches(@"^Built 11 pages \(79 files\) into _site in \d+ ms\.\n$", result.Stdout.Replace("\r", ""));
    }
}
