// A throwaway repository layout (content/, templates/, site-assets/) in a temp folder, built with the real CLI code.
using Handbook.Commands;
using Handbook.Core;

namespace Handbook.Tests.Support;

public sealed class Workspace : IDisposable
{
    private readonly TempDir _dir = new();

    public Workspace(string? contentFrom = null)
    {
        TempDir.Copy(contentFrom ?? System.IO.Path.Combine(RepoPaths.Fixtures, "minimal"), Content);
        TempDir.Copy(RepoPaths.Templates, this["templates"]);
        TempDir.Copy(RepoPaths.Assets, this["site-assets"]);
    }

    public string Path => _dir.Path;
    public string Content => this["content"];
    public string Output => this["_site"];
    public string this[string relative] => _dir[relative];

    public void Write(string relative, string text)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Saves the file with <paramref name="from"/> replaced, as an author's edit would; the text must be there.</summary>
    public void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(this[relative]);
        Assert.Contains(from, text);
        File.WriteAllText(this[relative], text.Replace(from, to));
    }

    public void Delete(string relative) => File.Delete(this[relative]);

    /// <summary>Runs `build` with the working directory at the workspace root, as a maintainer would.</summary>
    public BuildResult Build(BuildOptions? options = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(options ?? new BuildOptions(), stdout, stderr, Path);
        return new BuildResult(code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
