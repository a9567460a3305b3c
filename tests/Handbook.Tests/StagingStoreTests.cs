// A page stored from the blocks it rendered into: the staged file is their bytes in order, and an unchanged page is left in the output.
using Handbook.Core;
using Handbook.Output;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class StagingStoreTests
{
    /// <summary>The bytes cut into segments at the given lengths (the rest in the last), as a page's pooled blocks hold them.</summary>
    private static ReadOnlyMemory<byte>[] Cut(byte[] bytes, params int[] lengths)
    {
        var segments = new List<ReadOnlyMemory<byte>>();
        var at = 0;
        foreach (var length in lengths)
        {
            segments.Add(bytes.AsMemory(at, length));
            at += length;
        }

        segments.Add(bytes.AsMemory(at));
        return [.. segments];
    }

    [Fact]
    public void Segments_are_staged_as_one_file_and_an_unchanged_page_cut_anywhere_is_left_where_it_is()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        try
        {
            var store = StagingStore.Open(context)!;
            var large = new byte[200_001];
            new Random(3).NextBytes(large);
            var staged = store.Store("big/index.html", Cut(large, 70_000, 1, 0), "content/x.yml");
            Assert.Equal(large, File.ReadAllBytes(Path.Combine(context.Folders.Staging!.Path, "big", "index.html")));
            Assert.Equal((large.Length, "content/x.yml"), (staged.Length, staged.SourceFile));

            var home = File.ReadAllBytes(Path.Combine(workspace.Output, "index.html"));
            var kept = store.Store("index.html", Cut(home, 1, home.Length / 2), null);
            Assert.Equal(Path.Combine(workspace.Output, "index.html"), kept.StoredPath);
            Assert.False(File.Exists(Path.Combine(context.Folders.Staging.Path, "index.html")));

            home[^1] ^= 1;
            var changed = store.Store("index.html", Cut(home, home.Length - 1), null);
            Assert.Equal(Path.Combine(context.Folders.Staging.Path, "index.html"), changed.StoredPath);
            Assert.Equal(home, changed.Bytes);
        }
        finally
        {
            context.Folders.DeleteAll();
        }
    }
}
