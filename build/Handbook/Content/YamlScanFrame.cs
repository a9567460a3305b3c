// One collection the YAML pre-scan is inside: what it is, whether a key comes next, and what its anchor names.
using YamlDotNet.Core;

namespace Handbook.Content;

internal sealed class YamlScanFrame(bool isMapping, bool inKey, string? anchor, long startNodes, Mark start, bool flow)
{
    public bool IsMapping => isMapping;

    /// <summary>The collection is, or is inside, a mapping key: an alias here would be expanded by hashing.</summary>
    public bool InKey => inKey;

    public string? Anchor => anchor;

    /// <summary>The node count when the collection started, so its anchor can record how many nodes an alias to it stands for.</summary>
    public long StartNodes => startNodes;

    public Mark Start => start;
    public bool Flow => flow;

    /// <summary>In a mapping, whether the next node is a key (keys and values alternate).</summary>
    public bool ExpectKey { get; set; } = true;
}
