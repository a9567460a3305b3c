// How long one stage of one build took: kept on the BuildContext so benchmarks can say where a rebuild spends its time.
namespace Handbook.Core;

/// <param name="CpuMilliseconds">The processor time of the whole process meanwhile, on every core: on a machine others share, the
/// figure that load does not inflate.</param>
/// <param name="GcMilliseconds">How long the garbage collector paused the process meanwhile: the stage's allocations and what
/// they kept alive, which its CPU time alone does not show apart.</param>
public sealed record StageTiming(string Stage, double Milliseconds, double CpuMilliseconds = 0, double GcMilliseconds = 0)
{
    /// <summary>The stage as `build --timings` and the live display show it: its type's name without the "Stage" suffix.</summary>
    public static string NameOf(IStage stage)
    {
        var name = stage.GetType().Name;
        return name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^"Stage".Length] : name;
    }
}
