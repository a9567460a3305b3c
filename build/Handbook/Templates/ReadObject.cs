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
public sealed class ReadObject : ScriptObject, IScriptObject, IDictionary<string, object?>
{
    private readonly PageReads? _page; // null when shared by many pages: it records into the page being rendered
    private readonly ModelRead[] _reads;
    private PageReads? _recordedInto;
    private (string Member, ModelRead Read)[] _memberReads = [];

    /// <summary>An object of one page, which records into that page.</summary>
    /// <remarks>Not importing this type's statics: a ScriptObject subclass otherwise reflects over them on every construction
    /// (a tenth of a build's allocations), and each object would carry them as members.</remarks>
    public ReadObject(PageReads page, params ModelRead[] reads) : base(0, autoImportStaticsFromThisType: false)
    {
        _page = page;
        _reads = reads;
    }

    private ReadObject(ModelRead[] reads) : base(0, autoImportStaticsFromThisType: false) => _reads = reads;

    /// <summary>An object many pages show alike (a closed area in the sidebar), made once: each read records into the page
    /// this thread is rendering (<see cref="PageReads.Current"/>), as precisely as an object of that page would. It must be
    /// frozen before it is shared and hold no <see cref="Deferred"/> member, which would change it under the other pages.</summary>
    public static ReadObject Shared(params ModelRead[] reads) => new(reads);

    /// <summary>Made by <see cref="Shared"/>: the same object, and so the same output of a partial that shows only it, on every page.</summary>
    public bool IsShared => _page is null;

    /// <summary>A member whose value depends on more than the object's own reads: recorded only when that member is read.</summary>
    public ReadObject MemberRead(string member, ModelRead read)
    {
        _memberReads = [.. _memberReads, (member, read)];
        return this;
    }

    private PageReads Page => _page ?? PageReads.Current ??
        throw new InvalidOperationException("A shared template object was read outside a page's render, so no page records its reads.");

    // Once per page. A shared object is read by pages on several threads at once, so it remembers the page it last recorded into
    // rather than a flag: a page's own thread sets that page there only after adding the reads to it, so finding it there proves
    // the page has them. Any other value (another page recorded since, or a write not yet seen) only makes the page add them again
    // to its set, which changes nothing, and a reference is never torn. An object of one page never sees another page.
    private void Record()
    {
        var page = Page;
        if (ReferenceEquals(_recordedInto, page)) return;
        page.AddAll(_reads);
        _recordedInto = page;
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
            if (name == member) Page.Add(read);

        if (!base.TryGetValue(context, span, member, out value)) return false;
        if (value is Deferred deferred)
        {
            if (_page is null) throw new InvalidOperationException($"A shared template object made its member '{member}' on read.");
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

    private List<(string Member, Deferred Deferred)>? _transient;

    // A transient member is made only on an object of one page (a shared object refuses Deferred members), so that page holds it.
    private void HoldTransient(string member, Deferred deferred)
    {
        var page = _page!;
        if (page.HoldingTransient != this) page.HoldingTransient?.LetGoTransient();
        page.HoldingTransient = this;
        (_transient ??= []).Add((member, deferred));
    }

    private void LetGoTransient()
    {
        foreach (var (member, deferred) in _transient ?? []) Set(member, deferred);
        _transient = null;
    }
}
