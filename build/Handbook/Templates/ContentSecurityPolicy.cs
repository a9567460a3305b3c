// The site's Content-Security-Policy: written into every page's meta tag and sent as a header by `serve`, so both say the same.
namespace Handbook.Templates;

public static class ContentSecurityPolicy
{
    /// <summary>
    /// Nothing inline and nothing from elsewhere: the pages load only their own files. 'self' also covers file: URLs in
    /// browsers, so the site keeps working from disk. img-src allows data: for images a stylesheet may embed.
    /// </summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
}
