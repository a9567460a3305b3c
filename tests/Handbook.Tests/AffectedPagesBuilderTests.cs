// Which pages a rebuild renders: worked out from the models alone, with content held in memory (no disk).
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Incremental;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class AffectedPagesBuilderTests
{
    private const string First = "areas/alpha/questions/01-first.yml";

    private static readonly IReadOnlyList<InputFile> Fixture =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "minimal"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(RepoPaths.Fixtures, "minimal"), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new InputFile(relative, "content/" + relative, File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "minimal", relative))))];

    private static Site Load(IReadOnlyList<InputFile> content, Site? previous = null)
    {
        var context = new BuildContext(new BuildOptions());
        var site = Pipeline.Run([new LoadContentStage(), new ValidateReferencesStage()], context,
            new Site { Previous = previous, Inputs = new SiteInputs { Content = content } });
        Assert.Empty(context.Diagnostics.Items);
        return site;
    }

    /// <summary>The fixture with one file's text edited: a new InputFile, as the reader makes for a changed file.</summary>
    private static IReadOnlyList<InputFile> Edited(string relative, string from, string to) =>
        [.. Fixture.Select(f => f.RelativePath != relative ? f : f with
        {
            Bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(f.Bytes).Replace(from, to)),
        })];

    private static string Affected(IReadOnlyList<InputFile> edited) =>
        AffectedPagesBuilder.For(Load(edited, Load(Fixture))).ToString();

    [Fact]
    public void A_full_build_renders_everything_and_an_unchanged_rebuild_nothing()
    {
        Assert.True(AffectedPagesBuilder.For(Load(Fixture)).IsAll);
        Assert.Equal("", Affected(Fixture));
    }

    [Fact]
    public void The_loader_reuses_the_record_of_every_unchanged_file()
    {
        var before = Load(Fixture);
        var after = Load(Edited(First, "First answer bullet.", "Edited bullet."), before);
        Assert.Same(before.Settings, after.Settings);
        Assert.Same(before.Sources, after.Sources);
        Assert.NotSame(before.Areas[0].Questions[0], after.Areas[0].Questions[0]);
        Assert.Same(before.Areas[0].Questions[1], after.Areas[0].Questions[1]);
        Assert.Same(before.Areas[0].Intro, after.Areas[0].Intro);
    }

    [Theory]
    [InlineData("First answer bullet.", "Edited bullet.", "alpha/first/, alpha/print/")]
    [InlineData("The first question's summary.", "A new summary.", "alpha/, alpha/first/, alpha/print/, alpha/second/")]
    [InlineData("pull: from the dashboards.", "pull: from the team dashboards.", "alpha/first/, alpha/print/, sources/, sources/dashboards/")]
    [InlineData("question: Tell me about the first thing.", "question: Tell me about the very first thing.",
        ", 404.html, alpha/, alpha/first/, alpha/print/, alpha/second/, alpha/sheet/, drill/, sources/, sources/dashboards/, sources/sev-review/")]
    public void An_edit_to_a_question_renders_the_pages_that_show_what_changed(string from, string to, string pages) =>
        Assert.Equal(pages, Affected(Edited(First, from, to)));

    [Theory]
    [InlineData("areas/alpha/questions/01-first.yml", "First answer bullet.", "alpha/first/")]
    [InlineData("areas/alpha/questions/02-second.yml", "Only bullet.", "alpha/second/")]
    public void An_edit_to_any_question_of_an_area_renders_its_print_page_which_holds_every_question(string file, string bullet, string page) =>
        Assert.Equal($"{page}, alpha/print/".Split(", ").Order(StringComparer.Ordinal), Affected(Edited(file, bullet, "An edited bullet.")).Split(", "));

    [Fact]
    public void An_edit_to_the_area_itself_renders_its_print_page()
    {
        var pages = Affected(Edited("areas/alpha/area.yml", "Alpha signal one.", "Alpha signal, edited.")).Split(", ");
        Assert.Contains("alpha/", pages);
        Assert.Contains("alpha/print/", pages);
    }

    [Theory]
    [InlineData("handbook.yml", "title: Fixture Handbook", "title: Another Handbook")]
    [InlineData("evidence.yml", "name: Dashboards", "name: Team dashboards")]
    [InlineData("areas/alpha/area.yml", "title: Alpha area", "title: Alpha")]
    public void An_edit_to_site_wide_settings_sources_or_an_area_title_renders_every_page(string file, string from, string to) =>
        Assert.Equal("all pages", Affected(Edited(file, from, to)));

    [Fact]
    public void A_template_change_renders_every_page()
    {
        var before = Load(Fixture) with { Inputs = new SiteInputs { Content = Fixture, Templates = [new InputFile("layout.sbn-html", "t", [1])] } };
        var after = Load(Fixture, before) with { Inputs = new SiteInputs { Content = Fixture, Templates = [new InputFile("layout.sbn-html", "t", [2])] } };
        Assert.True(AffectedPagesBuilder.For(after).IsAll);
    }
}
