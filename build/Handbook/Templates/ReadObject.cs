// A template object that tells its page what it was made from, the first time a template reads one of its members.
using Handbook.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handbook.Templates;

/// <remarks>So a page depends on what its templates read, not on a list kept beside them: a fork's template that starts showing a
/// field makes its pages depend on it with no C# edit. An object's reads must cover every value in it, nested objects included,
/// except those held in other ReadObjects, which record their own. Every way a template can look inside it records: a member by
/// name, whether it has one, its values listed (object.values, a loop over it), the object written out or cloned. Only its
/// keys and their count, the same whatever the content, are read without a record (object.keys, object.size).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification =
    "A Scriban ScriptObject, which is a dictionary only to Scriban; the templates know it as an object.")]
public sealed class ReadObject(PageReads page, params ModelRead[] reads) : ScriptObject, IScriptObject, IDictionary<string, object?>
{
    private bool _recorded;
    private (string Member, ModelRead Read)[] _memberReads = [];

    /// <summary>A member whose value depends on more than the object's own reads: recorded only when that member is read.</summary>
    public ReadObject MemberRead(string member, ModelRead read)
    {
        _memberReads = [.. _memberReads, (member, read)];
        return this;
    }

    private void Record()
    {
        if (_recorded) return;
        page.AddAll(reads);
        _recorded = true;
    }

    int IScriptObject.Count
    {
        get
        {
            Record();
            return Count;
        }
    }

    IEnumerable<string> IScriptObject.GetMembers()
    {
        Record();
        return Keys;
    }

    ICollection<object?> IDictionary<string, object?>.Values
    {
        get
        {
            Record();
            return Values;
        }
    }

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator()
    {
        Record();
        return GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator()
    {
        Record();
        return GetEnumerator();
    }

    public override bool Contains(string member)
    {
        Record();
        return base.Contains(member);
    }

    public override IScriptObject Clone(bool deep)
    {
        Record();
        return base.Clone(deep);
    }

    public override string ToString(string? format, IFormatProvider? formatProvider)
    {
        Record();
        return base.ToString(format, formatProvider);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        Record();
        foreach (var (name, read) in _memberReads)
            if (name == member) page.Add(read);

        if (!base.TryGetValue(context, span, member, out value)) return false;
        if (value is Deferred deferred)
        {
            value = deferred.Make();
            // Made once and kept; a frozen object (ModelFreezer) takes it in and freezes it too, so it is as strict as the rest.
            Set(member, value);
            if (IsReadOnly) ModelFreezer.Freeze(value);
            if (deferred.Transient) HoldTransient(member, deferred);
        }

        return true;
    }

    private void Set(string member, object? value)
    {
        var frozen = IsReadOnly;
        IsReadOnly = false;
        this[member] = value;
        IsReadOnly = frozen;
    }

    // The object whose transient members were made last on this thread: a page renders on one thread, so this is the object the
    // page's template is reading now.
    [ThreadStatic] private static ReadObject? _holding;
    private List<(string Member, Deferred Deferred)>? _transient;

    private void HoldTransient(string member, Deferred deferred)
    {
        if (_holding != this) _holding?.LetGoTransient();
        _holding = this;
        (_transient ??= []).Add((member, deferred));
    }

    private void LetGoTransient()
    {
        foreach (var (member, deferred) in _transient ?? []) Set(member, deferred);
        _transient = null;
    }
}
