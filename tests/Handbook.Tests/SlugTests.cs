// The slug rule: lowercase ASCII letters, digits and single hyphens, at most 64 characters, and nothing after the last one.
using Handbook.Content;

namespace Handbook.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("reliability-sre")]
    [InlineData("0-9")]
    public void Slugs_are_valid(string slug) => Assert.True(Slug.IsValid(slug));

    [Theory]
    [InlineData("evil\n")] // '$' would match before this newline
    [InlineData("evil\r\n")]
    [InlineData("Evil")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("")]
    public void Names_that_are_not_slugs_are_refused(string name) => Assert.False(Slug.IsValid(name));

    [Fact]
    public void A_slug_has_at_most_64_characters()
    {
        Assert.True(Slug.IsValid(new string('a', 64)));
        Assert.False(Slug.IsValid(new string('a', 65)));
        Assert.False(Slug.IsValid(string.Join('-', Enumerable.Repeat("ab", 100))));
    }

    [Fact]
    public void A_refused_name_is_quoted_on_one_line_and_shortened()
    {
        Assert.Equal("evil\\u000a", Slug.Show("evil\n"));
        Assert.Equal(new string('a', 61) + "...", Slug.Show(new string('a', 300)));
        Assert.Equal(new string('a', 64), IdReader.Suggest(new string('a', 300)));
    }
}
