// The previous output's file is "the same" exactly when it holds the page's bytes, however the page is cut into segments and however long it is.
using Handbook.Output;

namespace Handbook.Tests;

public class UnchangedFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handbook-unchanged-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static ReadOnlyMemory<byte>[] Cut(byte[] bytes, params int[] at) =>
        [.. at.Prepend(0).Zip(at.Append(bytes.Length), (from, to) => bytes.AsMemory(from, to - from))];

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // A page, an empty file, and files around the size read at once (1 MiB): under it, exactly it, over it, several times it.
    [Theory]
    [InlineData(30_000)]
    [InlineData(0)]
    [InlineData((1 << 20) - 1)]
    [InlineData(1 << 20)]
    [InlineData((1 << 20) + 1)]
    [InlineData(3 * (1 << 20) + 17)]
    public void Same_bytes_cut_anywhere_are_the_same_and_one_byte_more_less_or_other_is_not(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var file = Write(bytes);
        int[] cuts = length == 0 ? [0, 0] : [0, 1, length / 3, length / 3, length - 1];

        Assert.True(UnchangedFiles.Same(file, bytes));
        Assert.True(UnchangedFiles.Same(file, Cut(bytes, cuts), length));
        Assert.False(UnchangedFiles.Same(file, [.. bytes, 0]));
        if (length == 0) return;
        Assert.False(UnchangedFiles.Same(file, bytes[..^1]));
        foreach (var at in new[] { 0, length / 2, length - 1 })
        {
            var other = bytes.ToArray();
            other[at] ^= 0x20;
            Assert.False(UnchangedFiles.Same(file, Cut(other, cuts), length));
        }
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_not_the_same()
    {
        Assert.False(UnchangedFiles.Same(Path.Combine(_folder, "none"), [1, 2, 3]));
        Assert.False(UnchangedFiles.Same(_folder, []));
    }
}
