// Fans build results out to every open page over Server-Sent Events: `reload` after a good build, `failed` with the errors otherwise.
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Handbook.Serve;

public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private BuildState _state = new(0, true, []);
    private bool _closed;

    public BuildState State
    {
        get { lock (_gate) return _state; }
    }

    public int ClientCount
    {
        get { lock (_gate) return _clients.Count; }
    }

    public void Publish(BuildState state)
    {
        lock (_gate)
        {
            _state = state;
            foreach (var client in _clients) client.Writer.TryWrite(Message(state));
        }
    }

    /// <summary>A new client's stream of messages, starting with the current state so a page that loaded mid-build catches up.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_closed) channel.Writer.TryComplete();
            else _clients.Add(channel);
            channel.Writer.TryWrite(Message(_state));
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate) _clients.Remove(channel);
    }

    /// <summary>Ends every open event stream, so the server can stop without waiting for browsers to hang up.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var client in _clients) client.Writer.TryComplete();
        }
    }

    public static string Message(BuildState state) =>
        state.Succeeded
            ? $"event: reload\ndata: {new JsonObject { ["version"] = state.Version }.ToJsonString()}\n\n"
            : $"event: failed\ndata: {new JsonObject { ["version"] = state.Version, ["errors"] = new JsonArray([.. state.Errors.Select(e => (JsonNode?)e)]) }.ToJsonString()}\n\n";
}
