// What one page read from the model while it was built and rendered: filled by the builders and by the objects its templates open.
using Handbook.Model;

namespace Handbook.Templates;

/// <remarks>One per page, and a page is built and rendered on one thread, so it needs no lock.</remarks>
public sealed class PageReads
{
    private readonly HashSet<ModelRead> _reads = [];

    public void Add(ModelRead read) => _reads.Add(read);

    public void Add(ReadKind kind, string id = "") => _reads.Add(new ModelRead(kind, id));

    public void AddAll(ModelRead[] reads)
    {
        foreach (var read in reads) _reads.Add(read);
    }

    public IReadOnlyCollection<ModelRead> Reads => _reads;
}
