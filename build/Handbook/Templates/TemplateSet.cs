// The templates of templates/, parsed once; parse errors are reported with their file, line and column.
using Handbook.Diagnostics;
using Handbook.Model;
using Scriban;
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed class TemplateSet
{
    public const string Extension = ".sbn-html";
    public static readonly string[] Required = ["layout", "home", "area", "print", "question", "source", "sources", "404"];

    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Scriban.Functions.BuiltinFunctions _builtins = new();
    private readonly PartialFunction _partial;
    private readonly PartialFunction _partialCached;

    /// <summary>The outputs `partial_cached` reuses, for this set's templates: one build's.</summary>
    internal CachedPartials Cached { get; } = new();

    /// <summary>The names of Scriban's functions (string, array, html, ...): the same on every page.</summary>
    internal ISet<string> BuiltinNames { get; }

    [ThreadStatic]
    private static (TemplateSet Owner, HtmlTemplateContext Context)? t_context;

    public TemplateSet(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, string templatesDisplayPath)
    {
        _partial = new PartialFunction(this);
        _partialCached = new PartialFunction(this, cached: true);
        BuiltinNames = _builtins.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.RelativePath.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var name = file.RelativePath[..^Extension.Length];
            var template = Template.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes), file.DisplayPath);
            foreach (var message in template.Messages)
                diagnostics.Error(new SourceLocation(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    Codes.TemplateError, message.Message);
            _templates[name] = template;
            _files[name] = file.DisplayPath;
        }

        foreach (var name in Required.Where(n => !_templates.ContainsKey(n)))
            diagnostics.Error(new SourceLocation($"{templatesDisplayPath}/{name}{Extension}"), Codes.MissingTemplate,
                $"The templates folder has no {name}{Extension}.");
    }

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    /// <summary>Renders a template with the given globals, as text; a runtime error becomes a located diagnostic and null.</summary>
    public string? Render(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        using var page = RenderToWriter(name, model, diagnostics);
        return page?.ToString();
    }

    /// <summary>Renders a whole page straight into UTF-8: a page never exists as a string as well as its bytes, which for the print
    /// page of a large area (every question in full) was hundreds of megabytes at once.</summary>
    public byte[]? RenderUtf8(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        using var page = RenderToWriter(name, model, diagnostics);
        return page?.ToArray();
    }

    /// <summary>Renders into pooled UTF-8 blocks, which the caller disposes; null, with the error reported, when the render failed.</summary>
    internal Utf8PageWriter? RenderToWriter(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        if (Get(name) is not { } template) return null;
        // What C# built is read-only from here on, and so strict: a template that names a member the model lacks fails the build.
        // The top level needs no freezing: StrictVariables already makes an unknown global an error.
        ModelFreezer.FreezeMembers(model);
        // Scriban's default output limit (1 MiB, counted again for each partial's own output) would silently cut a long page
        // short, such as the print page of a large area; the templates are the site's own, so the page is as long as its content.
        // No loop limit either, for the same reason: an area may hold thousands of questions. It is safe because the site's
        // templates only loop over the model's lists, which are finite and capped by the contract (every list has a maximum).
        // A context is made once per thread and reused (made afresh, one cost 13 KB and its setup, twice a page); one whose render
        // failed part-way is dropped rather than trusted to be clean.
        var context = t_context is { } kept && ReferenceEquals(kept.Owner, this) ? kept.Context
            : new HtmlTemplateContext(_builtins) { StrictVariables = true, LoopLimit = 0, AutoIndent = false, OutputLimit = 0 };
        t_context = null; // its own while it renders, should a render ever start another on this thread
        var page = new Utf8PageWriter();
        context.PushGlobal(new ScriptObject { ["partial"] = _partial, ["partial_cached"] = _partialCached });
        context.PushGlobal(model);
        context.PushOutput(new Utf8PageOutput(page));
        try
        {
            WriteInPlace(template, context);
            context.Reset(); // back to its builtins alone, with its cache of member accessors
            t_context = (this, context);
            return page;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            page.Dispose();
            var start = e.Span.Start;
            diagnostics.Error(new SourceLocation(e.Span.FileName ?? _files[name], start.Line + 1, start.Column + 1), Codes.TemplateError,
                e.OriginalMessage);
            return null;
        }
    }

    /// <summary>What Template.Render does, less its last step: handing back the whole output as a string (and emptying it when it
    /// is a builder). Pages and partials write into the output they are given and are never strings of their own, which, with the
    /// builders they grew in, was half of all a build allocated. (Template.Evaluate would turn the output off.)</summary>
    internal static void WriteInPlace(Template template, TemplateContext context)
    {
        if (template.Page is not { } page) return;
        if (template.SourceFilePath is not null) context.PushSourceFile(template.SourceFilePath);
        try
        {
            if (context.Evaluate(page) is { } last && context.EnableOutput) context.Write(page.Span, last);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }
}
