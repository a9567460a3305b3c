// Where a path really leads: every symbolic link in it followed, hop by hop, without opening anything.
namespace Handbook.Input;

internal static class LinkResolver
{
    private const int MaxHops = 40; // Linux gives up after as many (ELOOP)

    /// <summary>The real path, component by component as the kernel walks it (a '..' after a link leaves the link's target);
    /// null when a component is missing (a dangling link), with <c>Loops</c> when the hops never end.</summary>
    public static (string? Path, bool Loops) Resolve(string path)
    {
        var current = System.IO.Path.GetPathRoot(path)!;
        var pending = new Stack<string>();
        Push(pending, path[current.Length..]);
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = System.IO.Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = System.IO.Path.Join(current, part);
            var status = NativeStat.Of(next);
            if (status.Kind == FileKind.Missing) return (null, false);
            if (status.Kind != FileKind.Symlink)
            {
                current = next;
                continue;
            }

            if (++hops > MaxHops) return (null, true);
            var target = new FileInfo(next).LinkTarget ?? "";
            if (System.IO.Path.IsPathRooted(target))
            {
                current = System.IO.Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return (current, false);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(System.IO.Path.DirectorySeparatorChar) ? folder : folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
