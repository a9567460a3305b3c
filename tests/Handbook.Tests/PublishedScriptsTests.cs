// The site's own scripts are published without their whole-line comments, vendored ones byte for byte, and the search
// client (script and stylesheet) stays within its 10 KB gzipped budget.
using System.IO.Compression;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class PublishedScriptsTests
{
    [Fact]
    public void Own_scripts_lose_only_their_comment_lines_and_vendored_ones_are_copied_as_they_are()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var published = Directory.EnumerateFiles(Path.Combine(workspace.Output, "assets"), "*.js", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(published);
        foreach (var file in published)
        {
            var relative = Path.GetRelativePath(Path.Combine(workspace.Output, "assets"), file).Replace('\\', '/');
            var source = File.ReadAllText(Path.Combine(workspace.Path, "site-assets", relative));
            var text = File.ReadAllText(file);
            if (relative.StartsWith("vendor/", StringComparison.Ordinal))
            {
                Assert.Equal(source, text);
                continue;
            }

            var code = source.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
            Assert.Equal(string.Join('\n', code), text);
            Assert.DoesNotContain(text.Split('\n'), l => l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_search_client_is_at_most_10_KB_gzipped()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        long Gzipped(string name)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
                gzip.Write(File.ReadAllBytes(Path.Combine(workspace.Output, "assets", name)));
            return buffer.Length;
        }

        var total = Gzipped("search.js") + Gzipped("search.css");
        Assert.True(total <= 10_000, $"search.js + search.css are {total:N0} bytes gzipped; the budget is 10,000");
    }
}
