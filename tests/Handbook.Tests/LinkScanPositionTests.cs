// Pages a byte-level reader could misread: every finding's line, column and message, as the tree (`check`) and the build's scanner see them.
using Handbook.Core;
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class LinkScanPositionTests
{
    // Each page, written as UTF-8, and what checking it reports; the same from AngleSharp's tree and from the one-pass scanner.
    public static TheoryData<string, string, string[]> Pages() => new()
    {
        {
            "multi-byte text before a broken link counts characters, an emoji two",
            "<!doctype html>\n<p>Grüße – 日本語 😀 <a href=\"missing.html\">x</a></p>",
            ["(2,28): HL0001: 'missing.html' (a href): 'missing.html' does not exist."]
        },
        {
            "a '<' and '>' inside an attribute value do not start or end a tag",
            "<!doctype html>\n<img alt=\"a < b > c\" src=\"gone.png\"><a title='<a href=\"no.html\">' href=\"lost.html\">x</a>",
            ["(2,27): HL0001: 'gone.png' (img src): 'gone.png' does not exist.", "(2,73): HL0001: 'lost.html' (a href): 'lost.html' does not exist."]
        },
        {
            "comments hide their links",
            "<!doctype html>\n<!-- <a href=\"no.html\"> -->é<!-- x --><a href=\"gone.html\">x</a>",
            ["(2,48): HL0001: 'gone.html' (a href): 'gone.html' does not exist."]
        },
        {
            "script and style hold text, not tags; a style element's url() is a link",
            "<!doctype html>\n<script>var a = '<a href=\"no.html\">';</script><style>\np { background: url(ü.png) }\n</style><a href=\"gone.html\">x</a>",
            ["(3,21): HL0001: 'ü.png' (style url()): 'ü.png' does not exist.", "(4,18): HL0001: 'gone.html' (a href): 'gone.html' does not exist."]
        },
        {
            "CDATA inside SVG holds no tags; SVG links are read from href and xlink:href",
            "<!doctype html>\n<svg><![CDATA[<a href=\"no.html\">]]><a xlink:href=\"gone.html\"><text>ä</text></a><use href=\"lost.svg#i\"/></svg>",
            ["(2,51): HL0001: 'gone.html' (a xlink:href): 'gone.html' does not exist.",
                "(2,91): HL0001: 'lost.svg#i' (use href): 'lost.svg' does not exist."]
        },
        {
            "unquoted values and upper-case names",
            "<!DOCTYPE html>\n<P ID=top><A HREF=missing.html>x</A> <IMG SRC = 'Gone.PNG' ALT=x> <a href=#top>up</a> <a href=\"#nowhere\">n</a>",
            ["(2,19): HL0001: 'missing.html' (a href): 'missing.html' does not exist.",
                "(2,50): HL0001: 'Gone.PNG' (img src): 'Gone.PNG' does not exist.",
                "(2,96): HL0002: '#nowhere' (a href): this page has no element with id 'nowhere'."]
        },
        {
            "entities are decoded in the URL; a position inside a value with entities is the value's start",
            "<!doctype html>\n<a href=\"missing.html?a=1&amp;b=2\">x</a>\n<img srcset=\"a&amp;b.png 1x, gone.png 2x\">\n<img srcset=\"é.png 1x, lost.png 2x\">",
            ["(2,10): HL0001: 'missing.html?a=1&b=2' (a href): 'missing.html' does not exist.",
                "(3,14): HL0001: 'a&b.png' (img srcset): 'a&b.png' does not exist.",
                "(3,14): HL0001: 'gone.png' (img srcset): 'gone.png' does not exist.",
                "(4,14): HL0001: 'é.png' (img srcset): 'é.png' does not exist.",
                "(4,24): HL0001: 'lost.png' (img srcset): 'lost.png' does not exist."]
        },
        {
            "a byte-order mark and CRLF line ends; a duplicate id after non-ASCII text",
            "\uFEFF<!doctype html>\r\n<p id=\"x\">Ω</p>\r\n<p>ΩΩ<span id=\"x\">y</span> <a href=\"missing.html\" style=\"background: url('€/bg.png')\">x</a>",
            ["(3,16): HL0005: Duplicate id 'x': line 2 has it too, so a link to #x is ambiguous.",
                "(3,37): HL0001: 'missing.html' (a href): 'missing.html' does not exist.",
                "(3,75): HL0001: '€/bg.png' (a style): '€/bg.png' does not exist."]
        },
        {
            "an id read before the link written ahead of it in the same tag, on the same line and across lines",
            "<!doctype html>\n<p id=\"d\">é</p><a href=\"missing.html\" id=\"d\">x</a>\n<a href=\"gone.html\"\n   id=\"d\">y</a>",
            ["(2,25): HL0001: 'missing.html' (a href): 'missing.html' does not exist.",
                "(2,43): HL0005: Duplicate id 'd': line 2 has it too, so a link to #d is ambiguous.",
                "(3,10): HL0001: 'gone.html' (a href): 'gone.html' does not exist.",
                "(4,8): HL0005: Duplicate id 'd': line 2 has it too, so a link to #d is ambiguous."]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Findings_and_their_positions_are_the_same_from_the_tree_and_from_the_scanner(string about, string page, string[] expected)
    {
        Assert.NotEmpty(about);
        using var dir = new TempDir();
        File.WriteAllText(dir["index.html"], page.TrimStart('\uFEFF'), new System.Text.UTF8Encoding(page.StartsWith('\uFEFF')));
        foreach (var ownPages in new[] { false, true })
        {
            var report = new LinkChecker(new LinkCheckOptions { OwnPages = ownPages }).Check(SiteFiles.FromFolder(dir.Path));
            Assert.Equal(expected.Select(e => "index.html" + e), report.Findings.Select(f => $"{f.File}({f.Line},{f.Column}): {f.Code}: {f.Message}"));
        }
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_count_as_the_replacement_characters_they_decode_to()
    {
        using var dir = new TempDir();
        // "<p>", a lead byte cut short by '(', two bytes that never start a character, then a broken link.
        File.WriteAllBytes(dir["index.html"], [.. "<p>"u8, 0xC3, (byte)'(', 0xFF, 0xFE, .. " <a href=\"missing.html\">x</a>"u8]);
        foreach (var ownPages in new[] { false, true })
        {
            var report = new LinkChecker(new LinkCheckOptions { OwnPages = ownPages }).Check(SiteFiles.FromFolder(dir.Path));
            var finding = Assert.Single(report.Findings);
            Assert.Equal((1, 18), (finding.Line, finding.Column));
        }
    }

    [Fact]
    public void Check_reads_a_folder_the_generator_wrote_as_the_build_reads_its_own_pages()
    {
        // A <template>'s content is no part of the tree (a browser shows none of it); the build's scanner reads every tag.
        const string page = "<!doctype html><template><a href=\"missing.html\">x</a></template>";
        foreach (var marked in new[] { false, true })
        {
            using var dir = new TempDir();
            Directory.CreateDirectory(dir["site"]);
            File.WriteAllText(dir["site/index.html"], page);
            if (marked) File.WriteAllText(dir["site/" + OutputMarker.Name], OutputMarker.Text);
            var result = LinkCheckTests.Run(new CheckRequest { Folder = "site" }, dir.Path);
            Assert.Equal(marked ? ["site/index.html(1,35): error HL0001: 'missing.html' (a href): 'missing.html' does not exist."] : [], result.Findings);
        }
    }
}
