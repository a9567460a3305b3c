// Writes each file of the build into the staging folder as it is made, or leaves it out when the previous output already holds it.
using System.Collections.Concurrent;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>Over a previous build only what changed is staged, and publishing moves it in: the files that did not change stay
/// untouched (same inode, same date), and the site's thousands of folders are neither created again nor deleted. Without one, every
/// file is staged and publishing swaps the staging folder in whole.</remarks>
public sealed class StagingStore : IOutputStore
{
    private readonly string _staging;
    private readonly string? _previous;
    // Each folder is created once, not once per file: a folder costs the file system far more than a file.
    // GetOrAdd returns only once the folder exists, whichever thread made it.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private StagingStore(string staging, string? previous)
    {
        _staging = staging;
        _previous = previous;
    }

    /// <summary>The build's store, made with its staging folder on first use; null (and the error reported) when the output
    /// folder may not be written.</summary>
    public static StagingStore? Open(BuildContext context)
    {
        if (context.Store is StagingStore open) return open;
        if (OutputFolder.Refusal(context) is { } reason)
        {
            OutputFolder.Report(context, reason);
            return null;
        }

        // A fresh name each run: an existing folder, whoever made it, is never reused or emptied.
        var store = OutputWriteException.Around(() =>
        {
            var staging = context.Folders.CreateStaging(context.OutputDir).Path;
            var previous = OutputMarker.IsIn(context.OutputDir) ? context.OutputDir : null;
            context.Folders.StagedChangesOnly = previous is not null;
            return new StagingStore(staging, previous);
        });
        context.Store = store;
        return store;
    }

    public OutputFile Store(OutputFile file) =>
        file.IsStored ? file : file.StoredAt(StoreAt(file.Path, [file.Bytes], file.Length));

    public OutputFile Store(string path, IReadOnlyList<ReadOnlyMemory<byte>> content, string? sourceFile)
    {
        var length = content.Sum(segment => (long)segment.Length);
        return OutputFile.Stored(path, length, StoreAt(path, content, length), sourceFile);
    }

    /// <summary>Where the file's bytes now are: the previous output's copy when it holds them already, else a new staged file.</summary>
    private string StoreAt(string file, IReadOnlyList<ReadOnlyMemory<byte>> content, long length)
    {
        if (_previous is not null && Path.Combine(_previous, file) is var kept && UnchangedFiles.Same(kept, content, length)) return kept;

        var path = Path.Combine(_staging, file);
        var slash = file.LastIndexOf('/');
        if (slash > 0) _folders.GetOrAdd(file[..slash], folder => Directory.CreateDirectory(Path.Combine(_staging, folder)).Exists);
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(handle, content, 0);
        return path;
    }
}
