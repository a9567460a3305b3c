// Content hashes: what tells a rebuild that a file, a record or a page's read is unchanged, by content rather than by object.
using Handbook.Model;

namespace Handbook.Tests;

public class FingerprintTests
{
    [Fact]
    public void A_file_read_again_into_new_bytes_is_unchanged_and_a_copy_with_other_bytes_or_another_path_is_not()
    {
        var file = new InputFile("a.yml", "content/a.yml", [1, 2, 3]);
        Assert.True(new InputFile("a.yml", "content/a.yml", [1, 2, 3]).Unchanged(file));
        // The copies are made after the original's hash was taken: each must hash its own path and bytes.
        Assert.False((file with { Bytes = [1, 2, 4] }).Unchanged(file));
        Assert.False((file with { RelativePath = "b.yml" }).Unchanged(file));
        Assert.False((file with { DisplayPath = "elsewhere/a.yml" }).Unchanged(file));
        Assert.True((file with { LastWrite = DateTime.UnixEpoch }).Unchanged(file));
    }

    [Fact]
    public void Values_are_hashed_apart_from_their_neighbours_and_no_hash_is_the_absent_one()
    {
        Assert.NotEqual(new FingerprintBuilder().Add("ab").Add("c").Hash(), new FingerprintBuilder().Add("a").Add("bc").Hash());
        Assert.NotEqual(new FingerprintBuilder().Add((string?)null).Hash(), new FingerprintBuilder().Add("").Hash());
        Assert.NotEqual(new FingerprintBuilder().AddAll(["a", "b"]).Add("c").Hash(), new FingerprintBuilder().AddAll(["a"]).Add("b").Add("c").Hash());
        Assert.Equal(new FingerprintBuilder().Add("same").Add(1).Hash(), new FingerprintBuilder().Add("same").Add(1).Hash());
        Assert.NotEqual(Fingerprint.Absent, new FingerprintBuilder().Hash());
    }
}
