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
        if (cached && value is ReadObject { IsShared: true } shared && callerContext?.Parent is ScriptExpressionStatement
            && context.Output is Utf8PageOutput { Page: var page })
        {
            templates.Cached.Write(template, shared, page, own =>
            {
                context.PushGlobal(new ScriptObject { ["it"] = shared });
                context.PushOutput(new Utf8PageOutput(own));
                try
                {
                    TemplateSet.WriteInPlace(template, context);
                }
                finally
                {
                    context.PopOutput();
                    context.PopGlobal();
                }
            });
            return null;
        }

        var scope = new ScriptObject { ["it"] = value };
        context.PushGlobal(scope);
        if (callerContext?.Parent is ScriptExpressionStatement)
        {
            // `{{ partial ... }}` on its own writes where it stands, straight into the page's output.
            try
            {
                TemplateSet.WriteInPlace(template, context);
                return null;
            }
            finally
            {
                context.PopGlobal();
            }
        }

        // Used as a value (`x = partial ...`, piped): written into an output of its own, which becomes the value.
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            TemplateSet.WriteInPlace(template, context);
            return new Html(output.Builder.ToString());
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
