// What one page read from the model while it was built and rendered: filled by the builders and by the objects its templates open.
using Handbook.Model;

namespace Handbook.Templates;

/// <remarks>One per page, and a page is built and rendered on one thread, so it needs no lock.</remarks>
public sealed class PageReads
{
    private readonly HashSet<ModelRead> _reads = [];

    // The page this thread is building and rendering: where an object shared by many pages records (ReadObject.Shared). Thread
    // static, not AsyncLocal: a page is built and rendered synchronously on the thread that started it (RenderPagesStage.Render).
    [ThreadStatic]
    private static PageReads? t_current;

    /// <summary>The page this thread is building and rendering, or null outside a page's render: set by the render for its
    /// duration, and put back after it.</summary>
    public static PageReads? Current
    {
        get => t_current;
        set => t_current = value;
    }

    public void Add(ModelRead read) => _reads.Add(read);

    public void Add(ReadKind kind, string id = "") => _reads.Add(new ModelRead(kind, id));

    public void AddAll(ModelRead[] reads)
    {
        foreach (var read in reads) _reads.Add(read);
    }

    public IReadOnlyCollection<ModelRead> Reads => _reads;

    /// <summary>The object of this page whose transient members (<see cref="Deferred"/>) the template made last: the one it is
    /// reading now. Kept with the page, so it goes when the page does.</summary>
    internal ReadObject? HoldingTransient { get; set; }
}
