// Benchmark: `check` on a ~1,000-page built site (our handbook or Hugo's output) side by side with LinkChecker (anchors on, external off).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Links;

namespace Handbook.Benchmarks;

public static class LinkBenchmark
{
    /// <summary>links [pages=1000] [handbook|hugo] [folder]: builds a site, times `check` (in-process and as a process) and LinkChecker.</summary>
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 1000;
        var generator = args.Length > 1 ? args[1] : "handbook";
        var folder = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(Path.GetTempPath(), $"handbook-links-benchmark-{generator}");
        string site;
        string? baseUrl = null;
        if (generator == "hugo")
        {
            // Another generator's output: Hugo's heading ids, table of contents, relref anchors, absolute canonical and sitemap URLs.
            HugoSite.Write(folder, count);
            site = Path.Combine(folder, "public");
            baseUrl = HugoSite.BaseUrl;
            var hugo = Exec("hugo", ["--quiet", "--source", folder, "--destination", site]);
            if (hugo.Code != 0)
            {
                Console.Error.WriteLine($"hugo failed (apt-get install -y hugo): {hugo.Output}");
                return 3;
            }
        }
        else
        {
            var repo = RepoFolder.Root;
            var content = Path.Combine(folder, "content");
            site = Path.Combine(folder, "_site");
            SyntheticHandbook.Write(content, count);
            var built = BuildCommand.Run(new BuildOptions
            {
                ContentDir = content, OutputDir = site,
                TemplatesDir = Path.Combine(repo, "templates"), AssetsDir = Path.Combine(repo, "site-assets"),
            }, Console.Out, Console.Error, folder);
            if (built != 0) return built;
        }

        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count();
        var bytes = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"Site: {pages:N0} HTML pages, {bytes / 1024.0 / 1024.0:0.0} MB, in {site}");

        // In-process: the first run pays JIT; the median of the next five is the steady state.
        var output = new StringWriter();
        var request = new CheckRequest { Folder = site, BaseUrl = baseUrl };
        var first = InProcess(() => CheckCommand.RunAsync(request, output, Console.Error).GetAwaiter().GetResult());
        Console.WriteLine($"check, in-process: {output.ToString().Trim()}");
        var warm = Median(Enumerable.Range(0, 5).Select(_ => InProcess(() =>
            CheckCommand.RunAsync(request, TextWriter.Null, Console.Error).GetAwaiter().GetResult())));

        // As a process: what a user or CI pays, .NET start-up and JIT included.
        var dll = typeof(CheckCommand).Assembly.Location;
        string[] checkArgs = [dll, "check", site, .. baseUrl is null ? Array.Empty<string>() : ["--base-url", baseUrl]];
        var process = Median(Enumerable.Range(0, 5).Select(_ => Exec("dotnet", checkArgs).Cost));

        var linkChecker = LinkChecker(site, out var linkCheckerSummary);
        Console.WriteLine();
        Console.WriteLine($"Machine load (1-minute average, {Environment.ProcessorCount} cores): {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; wall times vary with it, CPU times much less.");
        Console.WriteLine($"check in-process, first run (JIT):        {Show(first)}");
        Console.WriteLine($"check in-process, median of 5 warm runs:  {Show(warm)}");
        Console.WriteLine($"check as a process (dotnet handbook.dll), median of 5: {Show(process)}");
        if (linkChecker is { } lc)
        {
            Console.WriteLine($"LinkChecker {Version()} (AnchorCheck on, over a local HTTP server), 1 run: {Show(lc)} ({linkCheckerSummary})");
            Console.WriteLine($"Ratio, check as a process / LinkChecker: wall {process.Wall / lc.Wall:P1} ({lc.Wall / process.Wall:0.0}x faster), " +
                              $"CPU {process.Cpu / lc.Cpu:P1} ({lc.Cpu / process.Cpu:0.0}x less); warm in-process wall {warm.Wall / lc.Wall:P2}.");
        }

        return 0;
    }

    // LinkChecker caps itself at 10 requests a second per host unless the server answers with a "LinkChecker" header, so the
    // local server sends one and the config raises the cap: LinkChecker at its fastest. Directory URLs need HTTP, not file://.
    private const string Server = """
        import functools, http.server, sys
        class Handler(http.server.SimpleHTTPRequestHandler):
            def end_headers(self):
                self.send_header("LinkChecker", "allow")
                super().end_headers()
            def log_message(self, *args):
                pass
        http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), functools.partial(Handler, directory=sys.argv[2])).serve_forever()
        """;

    /// <summary>LinkChecker over a local HTTP server, anchors on (AnchorCheck), external links off (its default), one run.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu)? LinkChecker(string site, out string summary)
    {
        summary = "not installed: apt-get install -y linkchecker";
        if (Version() is null) return null;
        var port = FreePort();
        var temp = Directory.CreateTempSubdirectory("linkchecker-").FullName;
        File.WriteAllText(Path.Combine(temp, "serve.py"), Server);
        var config = Path.Combine(temp, "linkcheckerrc");
        File.WriteAllText(config, "[checking]\nmaxrequestspersecond=1000\n[AnchorCheck]\n");
        // LinkChecker drops root privileges to nobody, which must still read the config.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, (UnixFileMode)0b111_101_101);
        using var server = Process.Start(new ProcessStartInfo("python3", $"\"{Path.Combine(temp, "serve.py")}\" {port} \"{site}\""))!;
        try
        {
            WaitForPort(port);
            var (_, text, cost) = Exec("linkchecker", ["--no-status", "-f", config, $"http://127.0.0.1:{port}/"]);
            summary = Regex.Match(text, @"That's it\. (.*)") is { Success: true } m ? m.Groups[1].Value.Trim() : "no summary";
            return cost;
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Runs a program for its wall and CPU (user + system) time.</summary>
    private static (int Code, string Output, (TimeSpan Wall, TimeSpan Cpu) Cost) Exec(string file, string[] arguments)
    {
        var (code, output, cost) = ProcessRun.Exec(file, arguments);
        return (code, output, (cost.Wall, cost.Cpu));
    }

    /// <summary>LinkChecker's version, or null when it is not on the PATH.</summary>
    private static string? Version()
    {
        var (code, text, _) = Exec("linkchecker", ["--version"]);
        return code == 0 ? Regex.Match(text, @"LinkChecker ([\d.]+)").Groups[1].Value : null;
    }

    private static (TimeSpan Wall, TimeSpan Cpu) InProcess(Func<int> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Median(IEnumerable<(TimeSpan Wall, TimeSpan Cpu)> runs)
    {
        var sorted = runs.OrderBy(r => r.Wall).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Show((TimeSpan Wall, TimeSpan Cpu) cost) => $"{cost.Wall.TotalSeconds,8:0.000} s wall, {cost.Cpu.TotalSeconds,8:0.000} s CPU";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"the HTTP server on port {port} did not start");
    }
}
