// Turns a character offset of a file's text into a 1-based line and column, for findings that point into the file.
namespace Handbook.Diagnostics;

public sealed class TextLines
{
    private readonly int[] _starts;

    public TextLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        _starts = [.. starts];
    }

    // AngleSharp's own line and column are 16-bit and wrap on long minified lines, so positions are computed from offsets.
    public (int Line, int Column) At(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _starts[index] + 1);
    }
}
