// The files of a built site, from disk (`check`) or from memory (the build's outputs), as case-sensitive '/' paths.
using System.Text;
using Handbook.Model;

namespace Handbook.Links;

public sealed class SiteFiles
{
    // Each file's reader, and where it is on disk when it is there (then lent through a pooled buffer rather than read whole).
    private readonly Dictionary<string, (Func<byte[]> Read, string? OnDisk)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal) { [""] = [] };

    private SiteFiles(IEnumerable<(string Path, Func<byte[]> Read, string? OnDisk)> files, IEnumerable<string>? folders = null)
    {
        foreach (var (path, read, onDisk) in files)
        {
            _files[path] = (read, onDisk);
            AddChild(path);
        }

        foreach (var folder in folders ?? [])
            if (!_children.ContainsKey(folder))
            {
                _children[folder] = [];
                AddChild(folder);
            }
    }

    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Reads <paramref name="root"/> lazily: only the files the checker parses are ever read.</summary>
    public static SiteFiles FromFolder(string root)
    {
        string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        return new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => (Relative(f), (Func<byte[]>)(() => File.ReadAllBytes(f)), (string?)f)),
            Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(Relative));
    }

    public static SiteFiles FromOutputs(IEnumerable<OutputFile> outputs) =>
        new(outputs.Select(o => (o.Path, (Func<byte[]>)(() => o.Bytes), o.StoredPath)));

    public bool IsFile(string path) => _files.ContainsKey(path);

    /// <summary>"" is the root; other folders without a trailing slash.</summary>
    public bool IsFolder(string path) => _children.ContainsKey(path);

    /// <summary>The names (not paths) of a folder's files and subfolders, for did-you-mean suggestions.</summary>
    public IReadOnlyList<string> Children(string folder) => _children.TryGetValue(folder, out var names) ? names : [];

    public byte[] Read(string path) => _files[path].Read();

    /// <summary>The file as UTF-8 text without a byte-order mark; the HTML the generator and most others write.</summary>
    public string ReadText(string path) => WithUtf8(path, bytes => Encoding.UTF8.GetString(bytes.Span));

    /// <summary>Lends <paramref name="use"/> the file's bytes without a UTF-8 byte-order mark, valid only during the call: a file on
    /// disk is read into a pooled buffer rather than a new array.</summary>
    public T WithUtf8<T>(string path, Func<ReadOnlyMemory<byte>, T> use) =>
        _files[path] is { OnDisk: { } file } ? Core.PooledFile.Read(file, bytes => use(WithoutPreamble(bytes))) : use(WithoutPreamble(Read(path)));

    private static ReadOnlyMemory<byte> WithoutPreamble(ReadOnlyMemory<byte> bytes) => bytes[(bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0)..];

    private void AddChild(string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..slash];
        var name = path[(slash + 1)..];
        if (_children.TryGetValue(folder, out var names))
        {
            names.Add(name);
            return;
        }

        _children[folder] = [name];
        AddChild(folder);
    }
}
