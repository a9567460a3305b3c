// Where a build puts each file as soon as it is made, so the whole site is never held in memory at once.
using Handbook.Model;

namespace Handbook.Core;

public interface IOutputStore
{
    /// <summary>Puts <paramref name="file"/> where publishing will find it (or finds it already there, unchanged) and returns it
    /// with its bytes on disk instead of in memory. Safe to call from every core at once.</summary>
    OutputFile Store(OutputFile file);
}
