// `partial "name" value`: renders templates/partials/<name>.sbn-html with `it` bound to value, in place, or as Html when used as a value;
// `partial_cached` writes it once per shared value (CachedPartials).
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Templates;

internal sealed class PartialFunction(TemplateSet templates, bool cached = false) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = context.ObjectToString(arguments[0]);
        var template = templates.Get($"partials/{name}") ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"No template 'partials/{name}.sbn-html'.");
        var value = arguments.Count > 1 ? arguments[1] : null;
        if (cached && templates.Cached.Refusal(template, templates.BuiltinNames) is { } refusal)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"partial_cached cannot reuse 'partials/{name}' on every page: {refusal}. Call it with partial instead.");

        // `{{ partial ... }}` on its own writes where it stands, straight into the page's output.
        var inPlace = callerContext?.Parent is ScriptExpressionStatement;
        if (cached && inPlace && value is ReadObject { IsShared: true } shared && context.Output is Utf8PageOutput { Page: var page })
        {
            templates.Cached.Write(template, shared, page, own => Write(context, template, shared, new Utf8PageOutput(own)));
            return null;
        }

        if (inPlace)
        {
            Write(context, template, value);
            return null;
        }

        // Used as a value (`x = partial ...`, piped): written into an output of its own, which becomes the value.
        var output = new StringBuilderOutput();
        Write(context, template, value, output);
        return new Html(output.Builder.ToString());
    }

    /// <summary>Renders <paramref name="template"/> with `it` bound to <paramref name="value"/>, into <paramref name="output"/> or,
    /// without one, into the output the caller is writing.</summary>
    private static void Write(TemplateContext context, Template template, object? value, IScriptOutput? output = null)
    {
        context.PushGlobal(new ScriptObject { ["it"] = value });
        if (output is not null) context.PushOutput(output);
        try
        {
            TemplateSet.WriteInPlace(template, context);
        }
        finally
        {
            if (output is not null) context.PopOutput();
            context.PopGlobal();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
