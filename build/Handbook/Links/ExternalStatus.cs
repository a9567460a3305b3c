// The verdict on one external URL: fine, broken, or not verifiable (rate limits, bot walls, timeouts), which is never fine.
namespace Handbook.Links;

public enum ExternalStatus
{
    Ok,
    Broken,
    Inconclusive,
}
