// `handbook check <folder>`: checks the links and anchors of any built site folder as GitHub Pages would serve it.
using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Links;

namespace Handbook.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The built site to check, e.g. _site." };
        var basePath = SiteOptions.BasePath("The URL path the site is served under, e.g. /REPO/ (default: /).");
        var baseUrl = SiteOptions.BaseUrl("The site's absolute URL; absolute links under it are checked as files of the folder.");
        var format = new Option<string>("--format") { Description = "How findings are printed: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var external = new Option<bool>("--external") { Description = "Also check external http(s) links over the network." };
        var ignore = new Option<string[]>("--ignore") { Description = "A regular expression; matching URLs are not checked. Repeatable." };
        var cache = new Option<string?>("--cache") { Description = "A JSON file remembering external results between runs." };
        var cacheAge = new Option<string>("--cache-max-age") { Description = "How long a cached result is trusted: 90s, 30m, 12h, 7d.", DefaultValueFactory = _ => "1d" };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to wait for an external server.", DefaultValueFactory = _ => 10,
            CustomParser = result => NumberOption.Positive(result, "--timeout") ?? 0,
        };
        var perHost = new Option<int>("--per-host")
        {
            Description = "External requests in flight per host.", DefaultValueFactory = _ => 2,
            CustomParser = result => NumberOption.Whole(result, "--per-host", 1, 64) ?? 0,
        };

        var command = new Command("check", "Check every link and anchor of a built site folder (ours or another generator's).")
        {
            folder, basePath, baseUrl, format, external, ignore, cache, cacheAge, timeout, perHost,
        };
        command.SetAction(async (parse, _) =>
        {
            if (Duration(parse.GetValue(cacheAge)!) is not { } maxAge)
            {
                Console.Error.WriteLine($"error {Codes.BadOption}: --cache-max-age must be a number with s, m, h or d, such as 12h, not '{parse.GetValue(cacheAge)}'.");
                return ExitCodes.UsageErrors;
            }

            using var stop = StopSignals.Listen();
            try
            {
                return await RunAsync(Request(parse, maxAge), Console.Out, Console.Error, cancel: stop.Token);
            }
            catch (OperationCanceledException) when (stop.Stopped)
            {
                Console.Error.WriteLine($"Check stopped by {stop.Name}.");
                return stop.ExitCode;
            }
        });
        return command;

        CheckRequest Request(ParseResult parse, TimeSpan maxAge) => new()
        {
            Folder = parse.GetValue(folder)!,
            BasePath = parse.GetValue(basePath) ?? "/",
            BaseUrl = parse.GetValue(baseUrl),
            Format = parse.GetValue(format)!,
            External = parse.GetValue(external),
            Ignore = parse.GetValue(ignore) ?? [],
            CacheFile = parse.GetValue(cache),
            CacheMaxAge = maxAge,
            ExternalOptions = new ExternalCheckOptions { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)), PerHost = parse.GetValue(perHost) },
            GitHubAnnotations = GitHubAnnotationFormatter.Enabled,
        };
    }

    public static async Task<int> RunAsync(CheckRequest request, TextWriter stdout, TextWriter stderr, string? workingDirectory = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(new BuildOptions(), workingDirectory);
        var root = context.FullPath(request.Folder);
        if (UsageError(request, root, out var ignore) is { } usage)
        {
            stderr.WriteLine(usage);
            return ExitCodes.UsageErrors;
        }

        var display = context.DisplayPath(root);
        LinkReport report;
        try
        {
            // A folder the generator wrote (it carries the marker) holds pages of its templates: read as the build reads them.
            var options = new LinkCheckOptions
            {
                BasePath = SiteAddress.Of(request.BasePath, null).BasePath, BaseUrl = request.BaseUrl, Ignore = ignore, OwnPages = OutputMarker.IsIn(root),
            };
            report = new LinkChecker(options).Check(SiteFiles.FromFolder(root), cancel: cancel);
            if (request.External && report.External.Count > 0)
            {
                var cache = request.CacheFile is { } file ? LinkCheckCache.Load(context.FullPath(file), request.CacheMaxAge) : null;
                using var checker = new ExternalLinkChecker(request.ExternalOptions);
                report = report.WithExternal(await checker.CheckAsync(report.External.Select(e => e.Url), cache, cancel));
                cache?.Save(context.FullPath(request.CacheFile!), DateTimeOffset.UtcNow);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stderr.WriteLine($"error {Codes.CheckFailed}: the check of {display} failed: {e.Message}");
            return ExitCodes.InternalError;
        }

        if (request.Format == "json")
        {
            JsonReportFormatter.Write(report, display, stdout, clock.Elapsed);
        }
        else
        {
            TextReportFormatter.Write(report, display, stdout, clock.Elapsed);
            if (request.GitHubAnnotations) GitHubAnnotationFormatter.Write(report.Findings.Select(f => f.ToDiagnostic(display)), stdout);
        }

        return report.Errors > 0 ? ExitCodes.BrokenLinks : ExitCodes.Success;
    }

    private static string? UsageError(CheckRequest request, string root, out IReadOnlyList<Regex> ignore)
    {
        ignore = [];
        if (!Directory.Exists(root)) return $"{request.Folder}: error {Codes.MissingFolder}: The folder to check does not exist.";
        if (request.Format is not ("text" or "json")) return $"error {Codes.BadOption}: --format must be text or json, not '{request.Format}'.";
        if ((SiteAddress.BaseUrlProblem(request.BaseUrl) ?? SiteAddress.BasePathProblem(request.BasePath)) is { } problem)
            return $"error {Codes.BadOption}: {problem}";
        if (request.ExternalOptions.Timeout <= TimeSpan.Zero || request.ExternalOptions.PerHost < 1)
            return $"error {Codes.BadOption}: --timeout and --per-host must be positive.";

        var patterns = new List<Regex>();
        foreach (var pattern in request.Ignore)
        {
            try
            {
                patterns.Add(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
            catch (ArgumentException e)
            {
                return $"error {Codes.BadOption}: --ignore '{pattern}' is not a valid regular expression: {e.Message}";
            }
        }

        ignore = patterns;
        return null;
    }

    /// <summary>"90s", "30m", "12h", "7d" or plain seconds.</summary>
    private static TimeSpan? Duration(string text)
    {
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? char.ToLowerInvariant(text[^1]) : 's';
        var number = char.IsLetter(text.LastOrDefault()) ? text[..^1] : text;
        if (!double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 0) return null;
        return unit switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }
}
