// What should not ship: a TODO is a warning naming its line and fails `build --strict`; the real handbook builds strictly clean;
// `new question` takes the area's next free number.
using Handbook.Commands;
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ShipChecksTests
{
    private const string First = "content/areas/alpha/questions/01-first.yml";

    [Fact]
    public void A_todo_is_a_warning_and_the_site_is_built()
    {
        using var workspace = new Workspace();
        workspace.Edit(First, "summary: The first question's summary.", "summary: \"TODO: what this question tests.\"");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal([$"{First}(4,11): warning HB0080: A TODO is left in this text ('TODO: what this question tests.'): write the real text before publishing; build --strict, as CI runs it, fails on it."],
            result.Diagnostics);
        Assert.EndsWith(", 1 warning in 1 file.", result.Stdout.TrimEnd());
    }

    [Fact]
    public void Strict_fails_on_a_todo_and_leaves_the_output_as_it_was()
    {
        using var workspace = new Workspace();
        workspace.Edit(First, "  - First signal.", "  - First signal.\n  - |\n    Second signal.\n    TODO: a third.");
        var result = workspace.Build(new BuildOptions { Strict = true });
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Equal([$"{First}(19,5): error HB0080: A TODO is left in this text ('TODO: a third.'): write the real text before publishing; build --strict, as CI runs it, fails on it."],
            result.Diagnostics);
        Assert.Contains("Build failed: 1 error in 1 file; _site was left as it was.", result.Stderr);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void The_real_handbook_builds_strictly_with_no_warning()
    {
        using var workspace = new Workspace(RepoPaths.Content);
        var result = workspace.Build(new BuildOptions { Strict = true, CheckLinks = false });
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void New_question_takes_the_next_free_number_and_an_order_after_explicit_ones()
    {
        using var workspace = new Workspace();
        workspace.Edit(First, "kind: flagship", "order: 10\nkind: flagship");
        workspace.Edit("content/areas/alpha/questions/02-second.yml", "summary:", "order: 30\nsummary:");

        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "alpha", "third", "A third?").ExitCode);
        var text = File.ReadAllText(workspace["content/areas/alpha/questions/03-third.yml"]);
        Assert.Contains("\norder: 31\n", text);

        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "alpha", "fourth", "A fourth?").ExitCode);
        Assert.Contains("\norder: 32\n", File.ReadAllText(workspace["content/areas/alpha/questions/04-fourth.yml"]));
        var build = workspace.Build();
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.All(build.Diagnostics, d => Assert.Contains("warning HB0080", d));
    }

    [Fact]
    public void New_question_after_prefix_numbers_writes_no_order()
    {
        using var workspace = new Workspace();
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "alpha", "third", "A third?").ExitCode);
        Assert.DoesNotContain("\norder:", File.ReadAllText(workspace["content/areas/alpha/questions/03-third.yml"]));
    }
}
