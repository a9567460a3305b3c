// A page's read as its build saw it: what was read and the fingerprint of the values it held then.
namespace Handbook.Model;

public readonly record struct RecordedRead(ModelRead Read, Fingerprint Fingerprint);
