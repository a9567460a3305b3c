// Stage: swaps the finished staging folder into place, so the output folder only ever holds a complete, checked build.
using Handbook.Model;

namespace Handbook.Output;

public sealed class PublishStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var output = context.OutputDir;
        var old = output + $".old-{Environment.ProcessId}";
        if (Directory.Exists(output))
        {
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
            Directory.Move(output, old);
        }

        try
        {
            Directory.Move(context.StagingDir, output);
        }
        catch
        {
            if (Directory.Exists(old) && !Directory.Exists(output)) Directory.Move(old, output);
            throw;
        }

        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        return site;
    }
}
