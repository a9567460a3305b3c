// The file that marks a folder as written by the generator: only such a folder may ever be replaced or deleted.
namespace Handbook.Core;

public static class OutputMarker
{
    public const string Name = ".handbook-output";
    public const string Text = "This folder was written by the Handbook generator and is replaced on every build.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, Name));
}
