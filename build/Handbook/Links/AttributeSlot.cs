// Where one attribute of a scanned start tag is written in the page's bytes: its name, and its value when it has one.
using System.Runtime.InteropServices;

namespace Handbook.Links;

/// <param name="ValueStart">The first byte of the value (inside the quotes), or -1 for an attribute without '='.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct AttributeSlot(int NameStart, int ValueStart, int ValueEnd)
{
    /// <summary>A slot of <c>default</c> holds no attribute: a name never starts at offset 0, where the tag's '&lt;' is.</summary>
    public bool IsSet => NameStart > 0;

    /// <summary>Where a finding about the attribute points: its value, or its name when it has none.</summary>
    public int Offset => ValueStart < 0 ? NameStart : ValueStart;
}
