// `handbook serve`: builds, serves the site on 127.0.0.1 with live reload, and rebuilds what a change affects until Ctrl+C.
using System.CommandLine;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Serve;

namespace Handbook.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions.Set();
        var port = new Option<int?>("--port")
        {
            Description = $"The port to listen on (default {DevServer.DefaultPort}, or the next free one).",
            CustomParser = result => NumberOption.Whole(result, "--port", 1, 65535),
        };
        var host = new Option<string>("--host") { Description = "The address to listen on; only this machine can connect unless you change it.", DefaultValueFactory = _ => "127.0.0.1" };

        var command = new Command("serve", "Build, serve on http://127.0.0.1 with live reload, and rebuild on every change.");
        foreach (var option in site.All.Append(port).Append(host)) command.Options.Add(option);
        command.SetAction(async (parse, _) =>
        {
            using var stop = StopSignals.Listen();
            return await RunAsync(Options(parse), Console.Out, Console.Error, stop.Token);
        });
        return command;

        ServeOptions Options(ParseResult parse) => new()
        {
            Build = site.Read(parse),
            Port = parse.GetValue(port),
            Host = parse.GetValue(host)!,
            Verbose = parse.GetValue<bool>("--verbose"),
        };
    }

    /// <param name="stop">Ctrl+C or SIGTERM: stops watching and serving (exit code 0, the usual way to end serve).</param>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken stop, string? workingDirectory = null)
    {
        if (options.Port is < 0 or > 65535)
        {
            stderr.WriteLine($"error {Codes.BadOption}: --port must be between 0 and 65535, not {options.Port}.");
            return ExitCodes.UsageErrors;
        }

        if (SiteAddress.BasePathProblem(options.Build.BasePath) is { } problem)
        {
            stderr.WriteLine($"error {Codes.BadOption}: {problem}");
            return ExitCodes.UsageErrors;
        }

        ServeSession session;
        try
        {
            session = await ServeSession.StartAsync(options, stdout, stderr, workingDirectory);
        }
        catch (ListenFailedException e)
        {
            stderr.WriteLine($"error {Codes.PortInUse}: could not listen on {options.Host}:{options.Port?.ToString() ?? $"{DevServer.DefaultPort} or the ports after it"}: {e.Message}");
            return ExitCodes.UsageErrors;
        }

        await using (session)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop watching and serving.
            }
        }

        stdout.WriteLine("Stopped serving.");

        return ExitCodes.Success;
    }
}
