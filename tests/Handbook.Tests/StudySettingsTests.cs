// Study mode's content fields: the timer length and the shape's shares are validated with located errors and reach the question page.
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class StudySettingsTests
{
    private static string QuestionPage(Workspace workspace) => File.ReadAllText(Path.Combine(workspace.Output, "alpha", "first", "index.html"));

    [Fact]
    public void Without_answer_seconds_the_timer_runs_two_minutes_and_carl_is_paced_from_its_shares()
    {
        using var workspace = new Workspace();
        var result = workspace.Build();
        Assert.Equal(0, result.ExitCode);
        var html = QuestionPage(workspace);
        Assert.Contains("data-seconds=\"120\"", html, StringComparison.Ordinal);
        // Actions has 50; the three phases without a share split the other half.
        Assert.Contains("phase-actions\" data-pace=\"50\"", html, StringComparison.Ordinal);
        Assert.Contains("phase-context\" data-pace=\"16.67\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"story-phase-learnings\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_area_has_a_night_before_sheet_with_its_flows_in_one_line_each()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var sheet = File.ReadAllText(Path.Combine(workspace.Output, "alpha", "sheet", "index.html"));
        Assert.Contains("data-sheet-number=\"alpha/first/\"", sheet, StringComparison.Ordinal);
        Assert.Contains("data-sheet-number=\"alpha/second/\"", sheet, StringComparison.Ordinal);
        Assert.Contains("study/sheet.js", sheet, StringComparison.Ordinal);
        Assert.Contains("<strong>Flow:</strong> Context → Act → Result</p>", sheet, StringComparison.Ordinal);
        Assert.Contains("alpha/sheet/\">The night-before sheet</a>", File.ReadAllText(Path.Combine(workspace.Output, "alpha", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_star_fork_gets_its_own_story_fields_pacing_and_timer_with_no_code_change()
    {
        using var workspace = new Workspace(Path.Combine(RepoPaths.Fixtures, "fork-star"));
        Assert.Equal(0, workspace.Build().ExitCode);
        var html = QuestionPage(workspace);
        Assert.Contains("data-seconds=\"90\"", html, StringComparison.Ordinal);
        foreach (var (id, name, pace) in new[] { ("situation", "Situation", "10"), ("task", "Task", "10"), ("action", "Action", "60"), ("result", "Result", "20") })
        {
            Assert.Contains($"<label for=\"story-phase-{id}\">{name}", html, StringComparison.Ordinal);
            Assert.Contains($"phase-{id}\" data-pace=\"{pace}\" data-phase-name=\"{name}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("story-phase-context", html, StringComparison.Ordinal);
        Assert.Contains("data-study-key=\"handbook-study:/:Star Fixture Handbook\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_storage_key_names_the_base_path_so_two_forks_on_one_domain_never_share_notes()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build(new BuildOptions { BasePath = "/fork-a/" }).ExitCode);
        Assert.Contains("data-study-key=\"handbook-study:/fork-a/:Fixture Handbook\"", QuestionPage(workspace), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("1801")]
    public void An_answer_time_out_of_range_is_a_located_error(string seconds)
    {
        using var workspace = new Workspace();
        workspace.Edit("content/handbook.yml", "company: Acme\n", $"company: Acme\nanswer_seconds: {seconds}\n");
        var result = workspace.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"handbook.yml(5,17): error HB0060: 'answer_seconds' is the rehearsal timer's length, from 15 to 1800 seconds, not {seconds}.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_over_a_hundred_are_a_located_error()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/handbook.yml", "        name: Results\n", "        name: Results\n        share: 70\n");
        var result = workspace.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("handbook.yml(11,5): error HB0061: The phases' shares add up to 120%: they are parts of one answer, so at most 100.", result.Stderr, StringComparison.Ordinal);
    }
}
