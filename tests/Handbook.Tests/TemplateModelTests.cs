// What C# hands the templates is strict: a member the model lacks is a located build error, never a silent blank on a page.
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class TemplateModelTests
{
    private static (int Line, int Column) PositionOf(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the template any more; pick another member for this test.");
        var line = text[..at].Count(c => c == '\n') + 1;
        return (line, at - (text.LastIndexOf('\n', at - 1) + 1) + 1);
    }

    [Theory]
    [InlineData("question.sbn-html", "area.print_url", "area.print_ulr")]
    [InlineData("partials/area-overview.sbn-html", "sections.area.listening_for.heading", "sections.area.listening_for.headline")]
    public void A_template_that_misspells_a_member_of_the_model_fails_the_build_at_that_spot(string template, string member, string misspelt)
    {
        using var fork = new Workspace();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Templates, template)).Replace("\r", "");
        var changed = ReplaceFirst(text, member, misspelt);
        fork.Write("templates/" + template, changed);

        var built = fork.Build();

        Assert.Equal(1, built.ExitCode);
        // The location is the misspelt name itself, after the dot.
        var (line, column) = PositionOf(changed, misspelt);
        column += misspelt.LastIndexOf('.') + 1;
        var wrongName = misspelt[(misspelt.LastIndexOf('.') + 1)..];
        var rightName = member[(member.LastIndexOf('.') + 1)..];
        Assert.Matches($@"templates/{template.Replace(".", @"\.")}\({line},{column}\): error HB0030: The model has no member '{wrongName}' here; it has [^\n]*\b{rightName}\b",
            built.Stderr.Replace('\\', '/'));
        Assert.DoesNotContain("   at ", built.Stdout + built.Stderr);
    }

    [Fact]
    public void A_partial_may_test_for_an_argument_its_caller_left_out()
    {
        // The pager's `compact` is given only inside quick-fire questions: objects a template writes itself stay relaxed.
        using var fork = new Workspace();
        Assert.Equal(0, fork.Build().ExitCode);
        Assert.Contains("pager-compact", File.ReadAllText(Path.Combine(fork.Output, "alpha/index.html")));
        var pager = File.ReadAllText(Path.Combine(RepoPaths.Templates, "partials/pager.sbn-html"));
        Assert.Contains("it.compact", pager);
        fork.Write("templates/partials/pager.sbn-html", pager.Replace("it.compact", "it.an_argument_nobody_passes"));

        var built = fork.Build();

        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.DoesNotContain("pager-compact", File.ReadAllText(Path.Combine(fork.Output, "alpha/index.html")));
    }

    private static string ReplaceFirst(string text, string part, string with)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the template any more; pick another member for this test.");
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + part.Length));
    }
}
