// Reads members of the model the generator built: a name it does not have is a located template error, not a silent blank.
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Templates;

/// <remarks>Only frozen objects (<see cref="ModelFreezer"/>: everything C# hands the templates) are strict; the objects a
/// template writes itself, such as a partial's <c>{ prev: ..., compact: true }</c>, keep Scriban's relaxed reading, so a
/// partial may test for an argument its caller left out.</remarks>
internal sealed class StrictModelAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (inner.TryGetValue(context, span, target, member, out value)) return true;
        if (target is ScriptObject { IsReadOnly: true } model)
            throw new ScriptRuntimeException(span,
                $"The model has no member '{member}' here; it has {string.Join(", ", model.Keys.Order(StringComparer.Ordinal))}.");
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}
