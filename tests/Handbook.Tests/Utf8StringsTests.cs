// The link check's strings made from page bytes: equal to a plain decode always, and one instance for a value pages repeat.
using System.Text;
using Handbook.Links;

namespace Handbook.Tests;

public class Utf8StringsTests
{
    [Fact]
    public void A_repeated_value_is_one_string_and_every_value_equals_its_plain_decoding_past_the_sets_bound()
    {
        var nav = Encoding.UTF8.GetBytes("../../area-05/");
        Assert.Same(Utf8Strings.Get(nav), Utf8Strings.Get(nav));

        // Far more distinct values than the set keeps, with the navigation value met again and again among them.
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = Encoding.UTF8.GetBytes($"../../area-{i % 97}/q-{i:D5}/#flow-{i:x8}");
            Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8Strings.Get(bytes));
            Assert.Equal("../../area-05/", Utf8Strings.Get(nav));
        }

        Assert.Same(Utf8Strings.Get(nav), Utf8Strings.Get(nav));
    }

    [Theory]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xC3, 0xA9 })] // "café"
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 })] // not UTF-8: U+FFFD, as a decode of the whole page gives
    [InlineData(new byte[] { })]
    public void Values_beyond_ascii_decode_as_utf8(byte[] bytes) =>
        Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8Strings.Get(bytes));
}
