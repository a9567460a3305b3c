// Where a build puts each file as soon as it is made, so the whole site is never held in memory at once.
using Handbook.Model;

namespace Handbook.Core;

public interface IOutputStore
{
    /// <summary>Puts <paramref name="file"/> where publishing will find it (or finds it already there, unchanged) and returns it
    /// with its bytes on disk instead of in memory. Safe to call from every core at once.</summary>
    OutputFile Store(OutputFile file);

    /// <summary>Stores a file whose bytes are <paramref name="content"/>'s segments in order, as a page rendered into pooled blocks
    /// is, without ever joining them into one array.</summary>
    OutputFile Store(string path, IReadOnlyList<ReadOnlyMemory<byte>> content, string? sourceFile);
}
