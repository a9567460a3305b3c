// A template object that tells its page what it was made from, the first time a template reads one of its members.
using Handbook.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handbook.Templates;

/// <remarks>So a page depends on what its templates read, not on a list kept beside them: a fork's template that starts showing a
/// field makes its pages depend on it with no C# edit. An object's reads must cover every value in it, nested objects included,
/// except those held in other ReadObjects, which record their own.</remarks>
public sealed class ReadObject(PageReads page, params ModelRead[] reads) : ScriptObject
{
    private bool _recorded;
    private (string Member, ModelRead Read)[] _memberReads = [];

    /// <summary>A member whose value depends on more than the object's own reads: recorded only when that member is read.</summary>
    public ReadObject MemberRead(string member, ModelRead read)
    {
        _memberReads = [.. _memberReads, (member, read)];
        return this;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!_recorded)
        {
            page.AddAll(reads);
            _recorded = true;
        }

        foreach (var (name, read) in _memberReads)
            if (name == member) page.Add(read);

        if (!base.TryGetValue(context, span, member, out value)) return false;
        if (value is Deferred deferred)
        {
            value = deferred.Make();
            this[member] = value;
        }

        return true;
    }
}
