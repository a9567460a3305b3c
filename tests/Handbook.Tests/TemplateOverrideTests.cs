// A fork's templates/ and site-assets/ override the built-in ones file by file; a fork with content/ alone builds with the defaults.
using Handbook.Core;
using Handbook.Serve;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class TemplateOverrideTests
{
    private const string Marker = "fork-evidence-partial";
    private const string EvidencePartial = "templates/partials/evidence.sbn-html";

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>The minimal fixture built with the repository's own templates/ and site-assets/, as the reference.</summary>
    private static Dictionary<string, byte[]> DefaultBuild()
    {
        using var full = new Workspace();
        var built = full.Build();
        Assert.True(built.ExitCode == 0, built.Stderr);
        return Files(full.Output);
    }

    /// <summary>A workspace holding content/ and only the given template and asset files.</summary>
    private static Workspace Fork(params (string Path, string Text)[] overrides)
    {
        var fork = new Workspace();
        Directory.Delete(fork["templates"], recursive: true);
        Directory.Delete(fork["site-assets"], recursive: true);
        foreach (var (path, text) in overrides) fork.Write(path, text);
        return fork;
    }

    private static string PartialWithMarker() =>
        File.ReadAllText(Path.Combine(RepoPaths.Templates, "partials/evidence.sbn-html")).Replace("<ul class=\"evidence\">", $"<ul class=\"evidence {Marker}\">");

    [Fact]
    public void A_fork_with_only_content_builds_every_page_and_asset_like_the_repository_templates()
    {
        var expected = DefaultBuild();
        using var fork = Fork();
        var built = fork.Build();
        Assert.True(built.ExitCode == 0, built.Stderr);

        var actual = Files(fork.Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.Contains("assets/handbook.css", actual.Keys);
        Assert.Contains("assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2", actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    [Fact]
    public void A_fork_overriding_one_partial_gets_that_partial_and_the_defaults_for_the_rest()
    {
        var expected = DefaultBuild();
        using var fork = Fork((EvidencePartial, PartialWithMarker()), ("site-assets/handbook.css", "/* the fork's own */\n"));
        var built = fork.Build();
        Assert.True(built.ExitCode == 0, built.Stderr);

        var actual = Files(fork.Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.Equal("/* the fork's own */\n", System.Text.Encoding.UTF8.GetString(actual["assets/handbook.css"]));
        Assert.Equal(expected["assets/handbook.js"], actual["assets/handbook.js"]);
        var changed = expected.Keys.Where(p => p != "assets/handbook.css" && !expected[p].AsSpan().SequenceEqual(actual[p])).ToList();
        // Only pages that list evidence differ, and only by the partial's marker.
        Assert.Contains("alpha/first/index.html", changed);
        foreach (var path in changed)
        {
            var text = System.Text.Encoding.UTF8.GetString(actual[path]);
            Assert.Contains(Marker, text);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected[path]), text.Replace($" {Marker}", ""));
        }
    }

    [Fact]
    public void Templates_option_points_at_an_override_folder_and_a_named_folder_must_exist()
    {
        using var fork = Fork(("my-theme/" + EvidencePartial["templates/".Length..], PartialWithMarker()));
        var built = fork.Build(new BuildOptions { TemplatesDir = "my-theme" });
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Contains(Marker, File.ReadAllText(fork["_site/alpha/first/index.html"]));

        var missing = fork.Build(new BuildOptions { AssetsDir = "no-such-assets" });
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error HB0102", missing.Stderr);
    }

    [Fact]
    public void Serve_rebuilds_when_an_override_is_added_edited_or_deleted()
    {
        using var fork = Fork();
        var builder = new IncrementalBuilder(new BuildOptions(), fork.Path);
        Assert.True(builder.Build().Succeeded);
        var page = fork["_site/alpha/first/index.html"];
        var original = File.ReadAllText(page);

        // The folder did not exist when watching began, so the first override is found by comparing every file.
        fork.Write(EvidencePartial, PartialWithMarker());
        Assert.True(builder.Build(null).Succeeded);
        Assert.Contains(Marker, File.ReadAllText(page));

        fork.Edit(EvidencePartial, Marker, Marker + "-edited");
        var edited = builder.Build([fork[EvidencePartial]]);
        Assert.True(edited.Succeeded && !edited.Full, string.Join("\n", edited.Diagnostics));
        Assert.Contains(Marker + "-edited", File.ReadAllText(page));

        fork.Delete(EvidencePartial);
        Assert.True(builder.Build([fork[EvidencePartial]]).Succeeded);
        Assert.Equal(original, File.ReadAllText(page));
    }
}
