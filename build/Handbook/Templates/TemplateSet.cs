// The templates of templates/, parsed once; parse errors are reported with their file, line and column.
using System.Text;
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

    public TemplateSet(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, string templatesDisplayPath)
    {
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

    /// <summary>Renders a template with the given globals; a runtime error becomes a located diagnostic and null.</summary>
    public string? Render(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        var text = t_text ?? new StringBuilder();
        t_text = null; // its own while it renders, should a render ever start another on this thread
        var rendered = Render(name, model, diagnostics, (template, context) =>
        {
            context.PushOutput(new StringBuilderOutput(text));
            try
            {
                return template.Render(context); // which empties the builder
            }
            finally
            {
                context.PopOutput();
            }
        });
        if (rendered is not null && text.Capacity <= KeptBuffer) t_text = text.Clear();
        return rendered;
    }

    /// <summary>Renders a whole page straight into UTF-8: a page never exists as a string as well as its bytes, which for the print
    /// page of a large area (every question in full) was hundreds of megabytes at once.</summary>
    public byte[]? RenderUtf8(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        using var page = new Utf8PageWriter();
        var rendered = Render(name, model, diagnostics, (template, context) =>
        {
            context.PushOutput(new TextWriterOutput(page));
            try
            {
                template.Render(context);
            }
            finally
            {
                context.PopOutput();
            }

            return "";
        });
        return rendered is null ? null : page.ToArray();
    }

    // Each thread keeps the builder it renders page bodies into, for its next page. A builder grown past this, by a large
    // area's print page, is let go after its page rather than held for the rest of the build.
    private const int KeptBuffer = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_text;

    private string? Render(string name, ScriptObject model, DiagnosticBag diagnostics, Func<Template, TemplateContext, string> render)
    {
        if (Get(name) is not { } template) return null;
        // What C# built is read-only from here on, and so strict: a template that names a member the model lacks fails the build.
        // The top level needs no freezing: StrictVariables already makes an unknown global an error.
        foreach (var value in model.Values) ModelFreezer.Freeze(value);
        // Scriban's default output limit (1 MiB, counted again for each partial's own output) would silently cut a long page
        // short, such as the print page of a large area; the templates are the site's own, so the page is as long as its content.
        // No loop limit either, for the same reason: an area may hold thousands of questions. It is safe because the site's
        // templates only loop over the model's lists, which are finite and capped by the contract (every list has a maximum).
        var context = new HtmlTemplateContext(_builtins) { StrictVariables = true, LoopLimit = 0, AutoIndent = false, OutputLimit = 0 };
        var functions = new ScriptObject { ["partial"] = new PartialFunction(this) };
        context.PushGlobal(functions);
        context.PushGlobal(model);
        try
        {
            return render(template, context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            var start = e.Span.Start;
            diagnostics.Error(new SourceLocation(e.Span.FileName ?? _files[name], start.Line + 1, start.Column + 1), Codes.TemplateError,
                e.OriginalMessage);
            return null;
        }
    }
}
