// The contract's reading order: by `order` (or the file name's NN- prefix), then by file name; unordered items last.
namespace Handbook.Content;

internal static class Ordering
{
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, int?> order, Func<T, string> file) =>
        [.. items.OrderBy(i => order(i) is null ? 1 : 0)
                 .ThenBy(i => order(i) ?? 0)
                 .ThenBy(file, StringComparer.Ordinal)];
}
