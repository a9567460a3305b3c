// One slot per attribute the link collector reads, inline in the scanned tag: scanning a tag allocates nothing.
using System.Runtime.CompilerServices;

namespace Handbook.Links;

[InlineArray(Count)]
public struct AttributeSlots
{
    public const int Count = (int)AttributeName.Style + 1;

    private AttributeSlot _first;
}
