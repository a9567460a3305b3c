// One word of a text: its normalised form (lower case) and where it sits in the original string.
namespace Handbook.Search;

public readonly record struct Token(string Word, int Start, int Length);
