// Fails a browser test before it starts when there is no Chromium, so a fresh machine gets the install hint at once.
using System.Reflection;
using Xunit.Sdk;

namespace Handbook.BrowserTests;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresChromiumAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest)
    {
        if (Chromium.Missing() is { } missing) throw missing;
    }
}
