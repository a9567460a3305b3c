// Stage: writes every output file into a staging folder beside the output folder; nothing else touches the disk.
using Handbook.Model;

namespace Handbook.Output;

public sealed class WriteOutputStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        if (OutputFolder.Refusal(context) is { } reason)
        {
            OutputFolder.Report(context, reason);
            return site;
        }

        var staging = context.StagingDir;
        if (Directory.Exists(staging))
        {
            if (!OutputFolder.HasMarker(staging))
            {
                OutputFolder.Report(context, $"'{context.DisplayPath(staging)}' exists and was not written by this generator.");
                return site;
            }

            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
        Parallel.ForEach(site.Outputs, file =>
        {
            var path = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        });
        return site;
    }
}
