// A workspace holding a synthetic handbook of two thousand questions, built once by the real CLI, shared by a test class.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Handbook.Synthetic;

namespace Handbook.Tests.Support;

public sealed class SyntheticSite : IDisposable
{
    // Over 2,000 pages: a build takes seconds, so a signal lands inside each stage; small enough for 2 busy cores.
    public const int Questions = 2000;

    public SyntheticSite()
    {
        SyntheticHandbook.Write(Workspace.Content, Questions);
        if (!OperatingSystem.IsLinux()) return;
        var clock = Stopwatch.StartNew();
        using var cli = CliProcess.Start(Workspace.Path, "build");
        var (code, _, stderr) = cli.Wait(TimeSpan.FromMinutes(5));
        if (code != 0) throw new InvalidOperationException($"The first build failed ({code}): {stderr}");
        BuildTime = clock.Elapsed;
    }

    public Workspace Workspace { get; } = new();

    /// <summary>How long the first, uninterrupted build took, start of the process to its end.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Every file of the output and the SHA-256 of its bytes.</summary>
    public Dictionary<string, string> Hashes() =>
        Directory.EnumerateFiles(Workspace.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Workspace.Output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Changes the handbook's title, which every page shows, so the next build's output differs from the one in place.</summary>
    public void Retitle(string tag)
    {
        var file = Path.Combine(Workspace.Content, "handbook.yml");
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "^title: .*$", $"title: Synthetic Handbook {tag}", RegexOptions.Multiline));
    }

    public void Dispose() => Workspace.Dispose();
}
