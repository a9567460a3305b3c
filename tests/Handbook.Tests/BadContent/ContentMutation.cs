// One random change to a content file, as the property test generates them: where, what kind, and the text it brings.
namespace Handbook.Tests.BadContent;

public enum MutationKind { Insert, Delete, ReplaceLine, DuplicateLine, NewKey }

public sealed record ContentMutation(int File, MutationKind Kind, double At, double Length, string Payload)
{
    /// <summary>Applies the change to <paramref name="text"/>; positions are fractions, so any file takes any mutation.</summary>
    public string ApplyTo(string text)
    {
        var at = (int)(At * text.Length);
        var lines = text.Split('\n').ToList();
        var line = Math.Min((int)(At * lines.Count), lines.Count - 1);
        switch (Kind)
        {
            case MutationKind.Insert:
                return text.Insert(at, Payload);
            case MutationKind.Delete:
                return text.Remove(at, Math.Min((int)(Length * 40), text.Length - at));
            case MutationKind.ReplaceLine:
                lines[line] = Payload;
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(line, lines[line]);
                break;
            case MutationKind.NewKey:
                lines.Insert(line, Payload.Contains(':') ? Payload : $"{Payload}: {Payload}");
                break;
        }

        return string.Join('\n', lines);
    }

    public override string ToString() => $"{Kind} in file {File} at {At:0.00}: {System.Text.Json.JsonSerializer.Serialize(Payload)}";
}
