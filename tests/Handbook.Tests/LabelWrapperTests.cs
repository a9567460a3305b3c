// Greedy wrapping and measuring: fills lines in order, splits only words wider than a line, gives up past the line limit.
using Handbook.Diagrams;

namespace Handbook.Tests;

public class LabelWrapperTests
{
    private static double Chars(string s) => s.Length; // one unit per UTF-16 char keeps the arithmetic visible

    [Fact]
    public void Fills_each_line_greedily_in_order()
    {
        Assert.Equal(["aa bb", "cc dd", "e"], LabelWrapper.Wrap("aa bb cc dd e", Chars, 5, 5, 3));
        Assert.Equal(["aa", "bb cc", "dd e"], LabelWrapper.Wrap("aa bb cc dd e", Chars, 3, 5, 3));
    }

    [Fact]
    public void Collapses_whitespace_and_keeps_a_fitting_label_on_one_line()
    {
        Assert.Equal(["one two"], LabelWrapper.Wrap("  one \n two ", Chars, 20, 20, 3));
    }

    [Fact]
    public void Splits_a_word_wider_than_a_line_with_a_hyphen()
    {
        Assert.Equal(["abcd-", "efgh-", "ij"], LabelWrapper.Wrap("abcdefghij", Chars, 5, 5, 3));
    }

    [Fact]
    public void Returns_null_past_the_line_limit()
    {
        Assert.Null(LabelWrapper.Wrap("aa bb cc dd", Chars, 2, 2, 3));
        Assert.Null(LabelWrapper.Wrap("abcdefghijklmnop", Chars, 5, 5, 3));
    }

    [Fact]
    public void Never_splits_inside_an_emoji_or_a_combining_accent()
    {
        var lines = LabelWrapper.Wrap("e\u0301e\u0301e\u0301e\u0301👩‍💻👩‍💻", Chars, 6, 6, 6)!;
        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l.TrimEnd('-')[^1])));
        Assert.All(lines.Skip(1), l => Assert.NotEqual('\u0301', l[0]));
        Assert.Equal("e\u0301e\u0301e\u0301e\u0301👩‍💻👩‍💻", string.Concat(lines.Select(l => l.TrimEnd('-'))));
    }

    [Fact]
    public void Unknown_characters_count_at_the_widest_advance()
    {
        var fonts = FontMetrics.Default;
        var widest = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@%&WMŒœÆ—…".Max(c => fonts.Width(c.ToString(), 16, 700));
        Assert.True(fonts.UnknownEm * 16 >= widest);
        Assert.Equal(fonts.UnknownEm * 16, fonts.Width("🚀", 16, 700), 9);
        Assert.Equal(fonts.UnknownEm * 16, fonts.Width("日", 16, 400), 9);
        Assert.Equal(fonts.UnknownEm * 2 * 16, fonts.Width("Ł\u4e00", 16, 400), 9);
        Assert.False(fonts.Covers("Łódź", 400));
        Assert.True(fonts.Covers("Zürich façade — naïve", 400));
    }
}
