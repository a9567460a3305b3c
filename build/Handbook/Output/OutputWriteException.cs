// An I/O failure while writing, publishing or updating the output folder: reported as HB0900, unlike I/O failures elsewhere.
namespace Handbook.Output;

public sealed class OutputWriteException(Exception inner) : IOException(inner.Message, inner)
{
    /// <summary>Runs a step that writes the output, turning its I/O failures (also those of Parallel.ForEach, which come
    /// wrapped in an AggregateException) into an OutputWriteException.</summary>
    public static void Around(Action write) => Around(() =>
    {
        write();
        return true;
    });

    public static T Around<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (IoFailure(e) is { } io)
        {
            throw new OutputWriteException(io);
        }
    }

    private static Exception? IoFailure(Exception e) => e switch
    {
        OutputWriteException => null,
        IOException or UnauthorizedAccessException => e,
        AggregateException { InnerExceptions: [var first, ..] } all when all.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException) => first,
        _ => null,
    };
}
