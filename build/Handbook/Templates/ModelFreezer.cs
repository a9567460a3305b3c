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
                foreach (var member in model.Values) Freeze(member);
                break;
            case ScriptArray array:
                foreach (var item in array) Freeze(item);
                break;
        }
    }
}
