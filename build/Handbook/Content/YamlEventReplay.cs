// Hands YamlStream the events the pre-scan already read and passed, so a file is scanned once and loaded only once checked.
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Handbook.Content;

internal sealed class YamlEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _index = -1;

    public ParsingEvent? Current => _index >= 0 && _index < events.Count ? events[_index] : null;

    public bool MoveNext() => ++_index < events.Count;
}
