// base_path and --base-path: one rule for handbook.yml and for build, serve and check, refusing anything a browser could read as another site.
using Handbook.Commands;
using Handbook.Core;
using Handbook.Links;
using Handbook.Serve;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class BasePathTests
{
    public static TheoryData<string, string> BadPaths() => new()
    {
        { "/\\evil.example/", "it may not contain a backslash" },
        { "/docs\t/", "it may not contain the control character U+0009 (CHARACTER TABULATION)" },
        { "/docs\u202E/", "it may not contain the control character U+202E (RIGHT-TO-LEFT OVERRIDE)" },
        { "/my docs/", "it may not contain spaces" },
        { "//evil.example/", "it may not contain '//'" },
        { "/docs//x/", "it may not contain '//'" },
        { "https:", "it may not start with a scheme such as 'https:'" },
        { "javascript:alert(1)", "it may not start with a scheme such as 'https:'" },
        { "/docs/?x", "it may not contain '?'" },
        { "/docs/#x", "it may not contain '#'" },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/handbook/")]
    [InlineData("handbook")]
    [InlineData("/a:b/")] // a colon after the first '/' is part of a path, not a scheme
    public void Plain_paths_pass(string path) => Assert.Null(BasePathRule.Problem(path));

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void Build_refuses_a_bad_base_path_with_its_reason(string path, string reason)
    {
        Assert.Equal(reason, BasePathRule.Problem(path));
        using var workspace = new Workspace();
        var result = workspace.Build(new BuildOptions { BasePath = path });
        Assert.Equal((ExitCodes.UsageErrors, $"error HB0100: --base-path must be a URL path such as /REPO/: {reason}.\n"),
            (result.ExitCode, result.Stderr.Replace("\r", "")));
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public async Task Serve_refuses_a_bad_base_path_before_building(string path, string reason)
    {
        using var workspace = new Workspace();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var options = new ServeOptions { Build = new BuildOptions { BasePath = path }, Port = 0 };
        // Stopped after 30 s should the path get through, so a missing guard fails the test instead of serving forever.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var code = await ServeCommand.RunAsync(options, stdout, stderr, stop.Token, workspace.Path);
        Assert.Equal((ExitCodes.UsageErrors, $"error HB0100: --base-path must be a URL path such as /REPO/: {reason}.\n"),
            (code, stderr.ToString().Replace("\r", "")));
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public async Task Check_refuses_a_bad_base_path(string path, string reason)
    {
        using var dir = new TempDir();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CheckCommand.RunAsync(new CheckRequest { Folder = dir.Path, BasePath = path }, stdout, stderr);
        Assert.Equal((ExitCodes.UsageErrors, $"error HB0100: --base-path must be a URL path such as /REPO/: {reason}.\n"),
            (code, stderr.ToString().Replace("\r", "")));
    }
}
