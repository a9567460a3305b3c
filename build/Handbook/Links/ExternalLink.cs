// One place an external URL is linked from; the URL is checked once however often it is linked.
namespace Handbook.Links;

/// <param name="Url">The absolute URL without its fragment, the key of the check and the cache.</param>
public sealed record ExternalLink(string Url, string File, LinkReference Reference);
