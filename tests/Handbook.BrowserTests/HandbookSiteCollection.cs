// One built site, server and browser shared by every browser test class.
namespace Handbook.BrowserTests;

// Every test of the collection needs the browser: without one, each fails before its own set-up runs.
[CollectionDefinition(Name)]
[RequiresChromium]
public sealed class HandbookSiteCollection : ICollectionFixture<HandbookSiteFixture>
{
    public const string Name = "handbook site";
}
