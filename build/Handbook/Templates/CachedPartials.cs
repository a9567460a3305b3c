// `partial_cached "name" value`: a partial written once per value many pages share, its bytes and model reads reused for each.
using System.Collections.Concurrent;
using Handbook.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Handbook.Templates;

/// <remarks>Hugo's partialCached, made safe: only a partial that shows nothing but its value (`it`), the wording (`sections`,
/// `strings`) and Scriban's functions may be cached, so its output is the same on every page that passes the same value; any
/// other partial is a template error naming what it reads. Only a value shared by pages (<see cref="ReadObject.Shared"/>, such
/// as a closed area in the sidebar) is cached; any other value renders as `partial` would. The reads the first render recorded
/// are added to each page that reuses it, so `serve` rebuilds those pages when the value changes.</remarks>
internal sealed class CachedPartials
{
    private static readonly HashSet<string> Constant = new(StringComparer.Ordinal) { "it", "sections", "strings" };

    private readonly ConcurrentDictionary<(Template, ReadObject), (byte[] Utf8, ModelRead[] Reads)> _written = new();
    private readonly ConcurrentDictionary<Template, string?> _refusals = new();

    /// <summary>Why <paramref name="template"/> cannot be cached (what it reads besides its value), or null when it can.</summary>
    public string? Refusal(Template template, ISet<string> builtins) => _refusals.GetOrAdd(template, t => Refuse(t.Page, builtins, []));

    /// <summary>Writes the partial for <paramref name="value"/>: from the cache, or rendered by <paramref name="render"/> into
    /// a writer of its own the first time, then cached.</summary>
    public void Write(Template template, ReadObject value, Utf8PageWriter page, Action<Utf8PageWriter> render)
    {
        var pageReads = PageReads.Current;
        if (!_written.TryGetValue((template, value), out var written))
        {
            using var own = new Utf8PageWriter();
            var recorder = new PageReads();
            PageReads.Current = recorder;
            try
            {
                render(own);
            }
            finally
            {
                PageReads.Current = pageReads;
            }

            written = _written.GetOrAdd((template, value), (own.ToArray(), [.. recorder.Reads]));
        }

        pageReads?.AddAll(written.Reads);
        page.Append(written.Utf8);
    }

    // Anything assigned, captured or imported could differ per page.
    private static string? Refuse(ScriptNode? node, ISet<string> builtins, HashSet<string> bound)
    {
        switch (node)
        {
            case null:
                return null;
            case ScriptAssignExpression or ScriptCaptureStatement or ScriptWithStatement or ScriptImportStatement or ScriptFunction:
                return $"it sets or imports values ({At(node.Span)})";
            // A member's name and an object literal's keys are names, not variables.
            case ScriptMemberExpression member:
                return Refuse(member.Target, builtins, bound);
            case ScriptObjectMember entry:
                return Refuse(entry.Value, builtins, bound);
            // A loop's variable is its own inside the loop's body only: its list, options and else branch, and what follows the
            // loop, read the page's names.
            case ScriptForStatement { Variable: ScriptVariableGlobal variable } loop:
                for (var i = 0; i < loop.ChildrenCount; i++)
                {
                    var child = loop.GetChildren(i);
                    if (ReferenceEquals(child, variable)) continue;
                    var inBody = ReferenceEquals(child, loop.Body) && bound.Add(variable.Name);
                    try
                    {
                        if (Refuse(child, builtins, bound) is { } refusal) return refusal;
                    }
                    finally
                    {
                        if (inBody) bound.Remove(variable.Name);
                    }
                }

                return null;
            case ScriptVariableGlobal global when !Constant.Contains(global.Name) && !bound.Contains(global.Name) && !builtins.Contains(global.Name):
                return $"it reads '{global.Name}' ({At(node.Span)})";
        }

        for (var i = 0; i < node.ChildrenCount; i++)
            if (Refuse(node.GetChildren(i), builtins, bound) is { } refusal) return refusal;
        return null;
    }

    private static string At(SourceSpan span) => $"line {span.Start.Line + 1}, column {span.Start.Column + 1}";
}
