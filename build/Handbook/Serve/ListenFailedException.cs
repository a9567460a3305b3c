// The dev server could not bind its port: a usage error (HB0103), unlike any other I/O failure while serve starts.
namespace Handbook.Serve;

public sealed class ListenFailedException(IOException inner) : IOException(inner.Message, inner);
