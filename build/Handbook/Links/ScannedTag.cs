// One start tag as the byte scanner reads it: its name, where it starts, whether it is inside SVG, and its attributes' slots.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Handbook.Links;

[StructLayout(LayoutKind.Auto)]
public struct ScannedTag
{
    public TagName Name;
    public bool InSvg;

    /// <summary>The byte offset of the tag's '&lt;'.</summary>
    public int Start;

    /// <summary>Where the element's name is written, for the name of an element not in <see cref="TagName"/>.</summary>
    public int NameStart, NameEnd;

    public AttributeSlots Slots;

    public readonly AttributeSlot this[AttributeName attribute]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Slots[(int)attribute];
    }
}
