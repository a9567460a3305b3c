// `diagrams [count]`: how long drawing a diagram takes, how many bytes a diagram adds to a page, and the web font's weight.
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Handbook.Diagrams;

namespace Handbook.Benchmarks;

public static class DiagramBenchmark
{
    public static int Run(int count)
    {
        var renderer = new DiagramRenderer(FontMetrics.Default);
        var cases = new (string Name, DiagramKind Kind, DiagramStep[] Steps)[]
        {
            ("flow, 2 steps", DiagramKind.Flow, [new("Spot the problem"), new("Fix it")]),
            ("flow, 8 steps with phases", DiagramKind.Flow, [.. Enumerable.Range(1, 8).Select(i => new DiagramStep($"Step {i} of the story", null, "actions", "Actions"))]),
            ("flow, 12 long steps", DiagramKind.Flow, [.. Enumerable.Range(1, 12).Select(i => new DiagramStep($"Step number {i} of a long flow that wraps"))]),
            ("spine, 6 steps", DiagramKind.Spine, [.. Enumerable.Range(1, 6).Select(i => new DiagramStep($"Title {i}", "a tagline of a few words."))]),
        };

        foreach (var (name, kind, steps) in cases)
        {
            var html = renderer.Draw(kind, name, steps).Diagram!.Markup;
            for (var i = 0; i < 50; i++) renderer.Draw(kind, name, steps); // warm-up
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++) renderer.Draw(kind, name, steps);
            clock.Stop();
            var bytes = Encoding.UTF8.GetByteCount(html);
            Console.WriteLine($"{name,-28} {clock.Elapsed.TotalMicroseconds / count,8:0.0} µs/diagram  {bytes,6} bytes  {Gzip(html),5} bytes gzipped");
        }

        var fonts = Path.Combine(RepoFolder.Root, "site-assets", "fonts");
        foreach (var file in Directory.EnumerateFiles(fonts, "*.woff2").Order(StringComparer.Ordinal))
            Console.WriteLine($"{Path.GetFileName(file),-50} {new FileInfo(file).Length,6} bytes");
        return 0;
    }

    private static int Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return (int)output.Length;
    }
}
