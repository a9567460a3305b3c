// The command line: exit codes 0 (built), 1 (content errors), 2 (usage errors), and help on every command.
using Handbook.Commands;
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
        Assert.Matches(@"^Built 9 pages \(65 files\) into _site in \d+ ms\.\n$", result.Stdout.Replace("\r", ""));
    }
}
