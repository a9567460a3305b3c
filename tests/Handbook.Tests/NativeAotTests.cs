// The Native AOT binary: published with no warning, it writes the same bytes as the JIT build and serves the site.
using System.Net;
using System.Net.Sockets;
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class NativeAotTests(NativeBinary binary) : IClassFixture<NativeBinary>
{
    [Fact]
    public void The_binary_publishes_without_a_trimming_or_AOT_warning()
    {
        Assert.True(binary.ExitCode == 0, binary.PublishOutput);
        Assert.True(File.Exists(binary.Path), binary.PublishOutput);
        Assert.DoesNotContain(binary.PublishOutput.Split('\n'), line => line.Contains("warning", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_binary_builds_the_real_handbook_byte_for_byte_like_the_jit_build()
    {
        using var dir = new TempDir();
        var jit = Handbook.Commands.BuildCommand.Run(new BuildOptions
        {
            ContentDir = RepoPaths.Content, TemplatesDir = RepoPaths.Templates, AssetsDir = RepoPaths.Assets, OutputDir = dir["jit"],
        }, TextWriter.Null, Console.Error, dir.Path);
        Assert.Equal(0, jit);
        var (code, output) = Shell.Run($"'{binary.Path}' build --content '{RepoPaths.Content}' --templates '{RepoPaths.Templates}' " +
                                       $"--assets '{RepoPaths.Assets}' --output aot", dir.Path, TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output);

        var jitFiles = Files(dir["jit"]);
        Assert.Equal(jitFiles, Files(dir["aot"]));
        Assert.True(jitFiles.Count > 20);
        foreach (var file in jitFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(dir["jit"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir["aot"], file))), $"{file} differs");
    }

    [Fact]
    public void The_binary_builds_a_fork_with_only_content_from_its_built_in_templates_and_assets()
    {
        using var workspace = new Workspace();
        var jit = workspace.Build(new BuildOptions { OutputDir = "jit" });
        Assert.True(jit.ExitCode == 0, jit.Stderr);
        Directory.Delete(workspace["templates"], recursive: true);
        Directory.Delete(workspace["site-assets"], recursive: true);
        var (code, output) = Shell.Run($"'{binary.Path}' build --output aot", workspace.Path, TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output);

        var jitFiles = Files(workspace["jit"]);
        Assert.Equal(jitFiles, Files(workspace["aot"]));
        Assert.Contains(Path.Combine("assets", "handbook.css"), jitFiles);
        foreach (var file in jitFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(workspace["jit"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(workspace["aot"], file))), $"{file} differs");
    }

    [Fact]
    public async Task The_binary_serves_the_site_and_reloads_it()
    {
        using var workspace = new Workspace();
        var port = FreePort();
        using var serve = Shell.Start($"exec '{binary.Path}' serve --port {port}", workspace.Path);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            var page = await Retry(() => http.GetStringAsync("alpha/first/"));
            Assert.Contains("First answer bullet.", page);
            Assert.Contains("__handbook/live-reload.js", page);

            workspace.Edit("content/areas/alpha/questions/01-first.yml", "First answer bullet.", "First answer bullet, from the native binary.");
            page = await Retry(async () =>
            {
                var text = await http.GetStringAsync("alpha/first/");
                return text.Contains("from the native binary") ? text : throw new HttpRequestException("not rebuilt yet");
            });
            Assert.Contains("First answer bullet, from the native binary.", page);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task<string> Retry(Func<Task<string>> get)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await get();
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                await Task.Delay(100);
            }
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
