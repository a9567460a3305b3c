// Text that is already safe HTML (rendered Markdown, a rendered partial); the only values templates write unescaped.
namespace Handbook.Templates;

public sealed record Html(string Value)
{
    public override string ToString() => Value;
}
