// One case of the bad-content corpus: a change to a copy of the minimal fixture, and the name of its expected output.
using Handbook.Tests.Support;

namespace Handbook.Tests.BadContent;

public sealed record BadContentCase(string Name, Action<Workspace> Apply, bool UnixOnly = false)
{
    public override string ToString() => Name;
}
