// Files lent to the link check: small ones through the shared pool, a huge one (a large area's print page) on its own.
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class PooledFileTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    [InlineData((16 << 20) + 3)] // past the size read on its own, after a full collection
    public void The_bytes_lent_are_exactly_the_files(int length)
    {
        using var dir = new TempDir();
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(dir["page.html"], bytes);

        var (seen, same) = PooledFile.Read(dir["page.html"], memory => (memory.Length, memory.Span.SequenceEqual(bytes)));

        Assert.Equal(length, seen);
        Assert.True(same);
    }
}
