// A regular file found in an input folder and allowed to be read: where it was found, where it really is, what lstat said.
namespace Handbook.Input;

/// <param name="Relative">Its path inside the input folder, with '/', as found (through a folder link, the link's path).</param>
/// <param name="Full">The full path as found, which diagnostics show.</param>
/// <param name="Real">The full path with every link resolved: the file opened.</param>
public sealed record InputEntry(string Relative, string Full, string Real, EntryStatus Status);
