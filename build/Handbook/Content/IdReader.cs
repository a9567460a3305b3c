// Reads a required `id:` that must be a slug (shapes, phases, evidence sources).
using Handbook.Diagnostics;

namespace Handbook.Content;

internal static class IdReader
{
    public static string? Read(YamlMap map, string where)
    {
        var id = map.Text("id", required: true, where: where);
        if (id is null || Slug.IsValid(id)) return id;
        map.Diagnostics.Error(map.At(map.Get("id")!), Codes.BadSlug,
            $"Id '{Slug.Show(id)}' of {where} is not a valid slug: {Slug.Rule} (e.g. '{Suggest(id)}').");
        return null;
    }

    public static string Suggest(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        var joined = string.Join('-', new string([.. chars]).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (joined.Length > Slug.MaxLength) joined = joined[..Slug.MaxLength].TrimEnd('-');
        return joined.Length == 0 ? "my-id" : joined;
    }
}
