// The process exit codes, shared by every command.
namespace Handbook.Commands;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;

    /// <summary>`check` found a broken link or anchor; shares 1 with content errors since both mean "fix the site".</summary>
    public const int BrokenLinks = 1;
    public const int UsageErrors = 2;
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM: 128 + the signal's number, as shells report it.</summary>
    public const int Interrupted = 130;
    public const int Terminated = 143;
}
