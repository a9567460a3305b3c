// One built site, server and browser shared by every browser test class.
using System.Diagnostics.CodeAnalysis;

namespace Handbook.BrowserTests;

// Every test of the collection needs the browser: without one, each fails before its own set-up runs.
[CollectionDefinition(Name)]
[RequiresChromium]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "An xunit collection definition, named as xunit names them.")]
public sealed class HandbookSiteCollection : ICollectionFixture<HandbookSiteFixture>
{
    public const string Name = "handbook site";
}
