// Writes a starter file only when nothing is there yet: scaffolding never overwrites a writer's work.
namespace Handbook.Scaffold;

internal static class StarterWriter
{
    /// <summary>Creates the file; false, with nothing written, when it already exists.</summary>
    public static bool TryWrite(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew, not an Exists check first: the refusal holds even if the file appears in between.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
