// Pages rendered one after another: each is exactly what it renders alone, whatever came before it, failed halfway or large.
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Templates;
using Scriban.Runtime;

namespace Handbook.Tests;

public class TemplateBufferTests
{
    // Writes its text, then fails on an unknown name where asked to: the page has written part of itself when it fails.
    private static TemplateSet Set(DiagnosticBag diagnostics) =>
        new([new InputFile("page.sbn-html", "page.sbn-html", "<p>{{ text }}</p>{{ if fail }}{{ no_such_name }}{{ end }}"u8.ToArray())], diagnostics, "templates");

    // As the layout's content, Html: written as it is, however long (a plain string is cut at Scriban's LimitToString).
    private static ScriptObject Model(string text, bool fail = false) => new() { ["text"] = new Html(text), ["fail"] = fail };

    private static string? Utf8(TemplateSet set, ScriptObject model, DiagnosticBag diagnostics) =>
        set.RenderUtf8("page", model, diagnostics) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    [Fact]
    public void A_page_after_one_that_failed_halfway_holds_nothing_of_it()
    {
        var diagnostics = new DiagnosticBag();
        var set = Set(diagnostics);

        Assert.Null(Utf8(set, Model("first", fail: true), diagnostics));
        Assert.Null(set.Render("page", Model("first", fail: true), diagnostics));
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == Codes.TemplateError));

        Assert.Equal("<p>second</p>", Utf8(set, Model("second"), diagnostics));
        Assert.Equal("<p>second</p>", set.Render("page", Model("second"), diagnostics));
    }

    [Fact]
    public void Pages_large_and_small_in_turn_are_each_whole_and_alone()
    {
        var diagnostics = new DiagnosticBag();
        var set = Set(diagnostics);
        // Larger than the buffers a thread keeps, then small, then large again: each page is its own text only.
        foreach (var text in new[] { new string('a', 6_000_000), "b", new string('c', 100_000), "d", new string('e', 6_000_000), "f" })
        {
            Assert.Equal($"<p>{text}</p>", Utf8(set, Model(text), diagnostics));
            Assert.Equal($"<p>{text}</p>", set.Render("page", Model(text), diagnostics));
        }

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == Codes.TemplateError);
    }
}
