// Where a build is, for the live display of `build` on a terminal: written by the build's threads, read by the display's.
namespace Handbook.Core;

public sealed class BuildProgress
{
    private string _stage = "";
    private int _done;
    private int _total;

    /// <summary>The stage running now, as StageTiming names it (set by Pipeline.Run).</summary>
    public string Stage => Volatile.Read(ref _stage);

    /// <summary>Pages (or files) the stage has finished, of Total; Total is 0 while the stage has no count to show.</summary>
    public int Done => Volatile.Read(ref _done);

    public int Total => Volatile.Read(ref _total);

    public void StartStage(string stage)
    {
        Volatile.Write(ref _total, 0);
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _stage, stage);
    }

    /// <summary>The stage has this many items to go through; each call to Advance counts one, from any thread.</summary>
    public void Count(int total)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _total, total);
    }

    public void Advance() => Interlocked.Increment(ref _done);
}
