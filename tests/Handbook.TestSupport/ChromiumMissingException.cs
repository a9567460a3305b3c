// A browser test run without Chromium: one line that says how to install it, with no stack trace to read past.
namespace Handbook.Tests.Support;

public sealed class ChromiumMissingException(string message) : Exception(message)
{
    // The test runner prints a failure's stack trace under its message; here the message is the whole story.
    public override string? StackTrace => null;

    public override string ToString() => Message;
}
