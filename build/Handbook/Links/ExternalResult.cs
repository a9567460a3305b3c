// What checking one external URL found: the verdict and a short reason for the report ("answered 404 Not Found").
namespace Handbook.Links;

/// <param name="Detail">Completes "'URL' (a href) ...", e.g. "answered 404 Not Found."</param>
/// <param name="CheckedAt">When the answer was received, for the cache's expiry.</param>
public sealed record ExternalResult(ExternalStatus Status, string Detail, DateTimeOffset CheckedAt, int? HttpStatus = null);
