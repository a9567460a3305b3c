// The repository's own content/ for the content-facing tests: built and loaded so they derive their expectations from it.
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Input;

namespace Handbook.Tests.Support;

public static class RealContent
{
    /// <summary>The trait that marks a content-facing test; the fork test runs exactly these against a forked repository.</summary>
    public const string Trait = "Category";
    public const string Category = "Content";

    /// <summary>Builds a copy of content/; the build must succeed with no diagnostic but the warnings about scaffolded TODO text.</summary>
    public static (Workspace Workspace, BuiltSite Site) Build(BuildOptions? options = null)
    {
        var workspace = new Workspace(RepoPaths.Content);
        var result = workspace.Build(options);
        Assert.True(result.ExitCode == 0, $"content/ no longer builds:\n{result.Stderr}");
        AssertOnlyTodoWarnings(result);
        return (workspace, new BuiltSite(workspace.Output));
    }

    /// <summary>The validated model of content/, which the tests read their counts, titles and slugs from.</summary>
    public static Model.Site Load()
    {
        var context = new BuildContext(new BuildOptions { ContentDir = RepoPaths.Content, TemplatesDir = RepoPaths.Templates, AssetsDir = RepoPaths.Assets });
        var site = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        Assert.True(context.Diagnostics.Items.All(d => d.Severity == Severity.Warning && d.Message.Contains("TODO", StringComparison.Ordinal)),
            "content/ has diagnostics:\n" + string.Join("\n", context.Diagnostics.Items));
        return site;
    }

    /// <summary>
    /// A fork's scaffolded area may still hold TODO text, which the build warns about; every other line on stderr is a
    /// problem in the content the test names.
    /// </summary>
    public static void AssertOnlyTodoWarnings(BuildResult result)
    {
        var other = result.Diagnostics
            .Where(line => !(line.Contains(": warning ", StringComparison.Ordinal) && line.Contains("TODO", StringComparison.Ordinal)))
            .ToList();
        Assert.True(other.Count == 0, "building content/ printed more than TODO warnings:\n" + string.Join("\n", other));
    }

    /// <summary>Text a page of content/ must show, with the file it comes from named when it is missing.</summary>
    public static void AssertShows(string pageText, string expected, string sourceFile, string page) =>
        Assert.True(pageText.Contains(expected, StringComparison.Ordinal),
            $"{page} does not show this text of content/{sourceFile}: '{expected}'. If you changed that file, build and look at {page}.");
}
