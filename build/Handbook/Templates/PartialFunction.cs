// `partial "name" value`: renders templates/partials/<name>.sbn-html with `it` bound to value, in place, or as Html when used as a value.
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Templates;

internal sealed class PartialFunction(TemplateSet templates) : IScriptCustomFunction
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
        var scope = new ScriptObject { ["it"] = arguments.Count > 1 ? arguments[1] : null };
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
