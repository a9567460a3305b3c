// How deeply a Markdown text nests, so that text nested past the limit is refused when it is read, where its file and line are known.
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handbook.Markdown;

internal static class MarkdownDepth
{
    /// <summary>Block quotes, list items, emphasis and links inside one another; Markdig itself throws past 128 levels of any kind.</summary>
    public const int Max = 32;

    // Each counted level needs at least one of these characters ('.' and ')' end an ordered list's number), so a text with
    // no more of them than the limit cannot pass it and is not parsed twice.
    private static readonly System.Buffers.SearchValues<char> Nesters = System.Buffers.SearchValues.Create(">*_-+[~^=.)");

    public static bool TooDeep(string text)
    {
        var count = 0;
        for (var rest = text.AsSpan(); count <= Max && rest.IndexOfAny(Nesters) is var at and >= 0; rest = rest[(at + 1)..]) count++;
        if (count <= Max) return false;
        if (LeadingMarkersPastLimit(text)) return true;

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, MarkdownRenderer.Pipeline);
        }
        catch (ArgumentException)
        {
            return true; // Markdig's own depth limit
        }

        // Iterative: the tree may be deep, and this must never be what overflows the stack.
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            var level = depth + (node is QuoteBlock or ListItemBlock || node is ContainerInline { Parent: not null } ? 1 : 0);
            if (level > Max) return true;
            switch (node)
            {
                case ContainerBlock block:
                    foreach (var child in block) pending.Push((child, level));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, level));
                    break;
                case ContainerInline container:
                    foreach (var child in container) pending.Push((child, level));
                    break;
            }
        }

        return false;
    }

    // Markdig takes tens of seconds over one line of 300,000 list markers before its own limit stops it, so the block quote and
    // list markers that open a line are counted first: each opens a level (a line of 33 "* " alone, a rule, is refused too).
    private static bool LeadingMarkersPastLimit(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var (i, depth) = (0, 0);
            while (true)
            {
                while (i < line.Length && line[i] is ' ' or '\t') i++;
                if (i < line.Length && line[i] == '>') i++;
                else if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t') i++;
                else if (OrderedMarkerEnd(line, i) is { } end) i = end;
                else break;
                if (++depth > Max) return true;
            }
        }

        return false;
    }

    // "1." or "12)" followed by a space: where the marker ends, or null.
    private static int? OrderedMarkerEnd(ReadOnlySpan<char> line, int i)
    {
        var j = i;
        while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j])) j++;
        return j > i && j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t' ? j + 1 : null;
    }
}
