// The single Markdig pipeline: every Markdown field of the content is rendered here, raw HTML escaped, links made safe.
using Handbook.Build;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Handbook.Markdown;

public sealed class MarkdownRenderer
{
    /// <summary>The one pipeline, shared: load-time checks must parse Markdown exactly as pages render it. Markdig pipelines are thread-safe.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Renders a block field (paragraphs, lists); links are resolved relative to the page through <paramref name="links"/>.</summary>
    public string Block(string markdown, LinkRewriter links) => Render(markdown, links, inline: false);

    /// <summary>Renders a list item or one-line field without the surrounding paragraph.</summary>
    public string Inline(string markdown, LinkRewriter links) => Render(markdown, links, inline: true);

    /// <summary>The text of a field with all Markdown removed, for titles, descriptions and search.</summary>
    public static string Plain(string markdown) => IsPlainAlready(markdown) ? markdown : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    // Letters, digits, spaces and a little punctuation, on one line, starting with a letter: no Markdown can start there (no list
    // number, no emphasis, link, entity, escape, autolink or heading), so the plain text is the text. Most labels and titles are
    // like that, and parsing each one costs a Markdown document.
    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'?;");

    internal static bool IsPlainAlready(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text[^1] != ' ' && !text.AsSpan().ContainsAnyExcept(PlainCharacters)
        // "v. Text" and "iv. Text" are list items (letters and roman numerals number lists, UseListExtras)
        && text.AsSpan().IndexOfAnyExceptInRange('A', 'z') is var afterWord && (afterWord < 0 || text[afterWord] != '.')
        && !HasAutolink(text);

    // A question's fields show on its own page, its area's page, the print page and the sheet; pages at one depth share a
    // root, so each field is rendered once per root rather than once per page. The cache lives as long as this renderer: a build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Markdown, string Root, bool Inline), string> _rendered = new();

    private string Render(string markdown, LinkRewriter links, bool inline) =>
        IsProse(markdown) ? (inline ? markdown : "<p>" + markdown + "</p>")
        : _rendered.GetOrAdd((markdown, links.Root, inline), key => RenderOnce(key.Markdown, links, key.Inline));

    // Prose: one line of words and the punctuation of sentences, none of which Markdig gives a meaning to in the middle of a line,
    // none of which its HTML escapes, and starting with a letter so that no block (list, heading, quote) can start. Markdig makes
    // such a line into itself (in a paragraph for a block), so it is not parsed: most items of most content are such lines, and
    // parsing each was a tenth of a large build. Anything else (emphasis, links, entities, quotes, markup) goes through Markdig.
    private static readonly System.Buffers.SearchValues<char> ProseCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'?;:()%/!-\u2013\u2014");

    internal static bool IsProse(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0 || !char.IsAsciiLetter(span[0]) || span[^1] == ' ' || span.ContainsAnyExcept(ProseCharacters)) return false;
        // "v. Text", "b) Text": letters and roman numerals number lists too (UseListExtras)
        if (span.IndexOfAnyExceptInRange('A', 'z') is var afterWord && afterWord >= 0 && span[afterWord] is '.' or ')') return false;
        return !HasAutolink(span);
    }

    /// <summary>Whether UseAutoLinks would make a link in the text: "www.", "scheme://", "mailto:" or "tel:", in any case. Looked
    /// for only at the dots and colons there are: a case-insensitive search of every field, on every page, was a twentieth of the
    /// render.</summary>
    private static bool HasAutolink(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAny('.', ':'); at >= 0; at = span[(at + 1)..].IndexOfAny('.', ':') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (span[at] == '.' && at >= 3 && System.Text.Ascii.EqualsIgnoreCase(span[(at - 3)..at], "www")) return true;
            if (span[at] != ':') continue;
            if (span[(at + 1)..].StartsWith("//") || (at >= 6 && System.Text.Ascii.EqualsIgnoreCase(span[(at - 6)..at], "mailto"))
                || (at >= 3 && System.Text.Ascii.EqualsIgnoreCase(span[(at - 3)..at], "tel"))) return true;
        }

        return false;
    }

    internal static string RenderOnce(string markdown, LinkRewriter links, bool inline)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        links.Apply(document);
        TableAlignment.ToClasses(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline && document is [ParagraphBlock] };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }
}
