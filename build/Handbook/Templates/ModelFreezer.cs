// Marks the model C# built for a page as read-only, which is also what makes its members strict (StrictModelAccessor).
using Scriban.Runtime;

namespace Handbook.Templates;

internal static class ModelFreezer
{
    /// <summary>Freezes every object under <paramref name="value"/>; an object already frozen is shared (a cached card, the
    /// navigation) and so is its subtree, which is not walked again.</summary>
    public static void Freeze(object? value)
    {
        switch (value)
        {
            case ScriptObject { IsReadOnly: false } model:
                model.IsReadOnly = true;
                FreezeMembers(model);
                break;
            case ScriptArray array:
                foreach (var item in array) Freeze(item);
                break;
        }
    }

    /// <summary>Freezes every object under <paramref name="model"/>'s members, leaving the object itself as it is.</summary>
    public static void FreezeMembers(ScriptObject model)
    {
        // The base enumerator, as ScriptObject: it reads no ReadObject's members for a template (no read recorded, no Deferred
        // made), and unlike Values it copies nothing into a list (every page's model is walked).
        using var members = model.GetEnumerator();
        while (members.MoveNext()) Freeze(members.Current.Value);
    }
}
