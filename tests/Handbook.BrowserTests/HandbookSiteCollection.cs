// One built site, server and browser shared by every browser test class.
namespace Handbook.BrowserTests;

[CollectionDefinition(Name)]
public sealed class HandbookSiteCollection : ICollectionFixture<HandbookSiteFixture>
{
    public const string Name = "handbook site";
}
