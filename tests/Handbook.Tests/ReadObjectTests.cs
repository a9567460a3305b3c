// A template object records its page's reads when, and only when, a template looks inside it, however it looks.
using Handbook.Model;
using Handbook.Templates;
using Scriban;
using Scriban.Runtime;

namespace Handbook.Tests;

public class ReadObjectTests
{
    private static readonly ModelRead Card = new(ReadKind.QuestionCard, "alpha/first/");
    private static readonly ModelRead Index = new(ReadKind.AreaIndex, "alpha/");

    private static string Render(string template, object value)
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["x"] = value });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void A_template_that_only_passes_the_object_on_records_nothing_and_one_that_reads_a_member_records_the_objects_reads()
    {
        var page = new PageReads();
        var card = new ReadObject(page, Card) { ["summary"] = "Short.", ["count"] = 2 };
        card.MemberRead("count", Index);

        Assert.Equal("", Render("{{ if x }}{{ end }}", card));
        Assert.Empty(page.Reads);
        Assert.Equal("Short.", Render("{{ x.summary }}", card));
        Assert.Equal([Card], page.Reads);
        Assert.Equal("2", Render("{{ x.count }}", card));
        Assert.Equal([Index, Card], page.Reads.OrderBy(r => r.Kind));
    }

    [Fact]
    public void An_object_holds_only_the_members_it_was_given_not_the_types_statics()
    {
        Assert.Empty(new ReadObject(new PageReads(), Card).Keys);
        var shared = ReadObject.Shared(Card);
        shared["summary"] = "Short.";
        Assert.Equal(["summary"], shared.Keys);
    }

    [Theory]
    [InlineData("{{ x | object.values | array.first }}")]
    [InlineData("{{ for pair in x }}{{ pair }}{{ end }}")]
    [InlineData("{{ x | object.has_key 'summary' }}")]
    [InlineData("{{ x }}")]
    public void Listing_counting_or_writing_out_the_object_records_its_reads_too(string template)
    {
        var page = new PageReads();
        Render(template, new ReadObject(page, Card) { ["summary"] = "Short." });
        Assert.Equal([Card], page.Reads);
    }

    [Fact]
    public void A_deferred_member_is_made_only_when_a_template_reads_it_and_then_once()
    {
        var page = new PageReads();
        var made = 0;
        var stop = new ReadObject(page) { ["title"] = "Next", ["question"] = new Deferred(() => ++made) };

        Assert.Equal("Next", Render("{{ x.title }}", stop));
        Assert.Equal(0, made);
        Assert.Equal("1 1", Render("{{ x.question }} {{ x.question }}", stop));
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_transient_member_is_made_once_while_its_object_is_read_and_made_again_after_another_objects_was()
    {
        var page = new PageReads();
        var made = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0 };
        ReadObject Question(string name) => new(page, Card)
        {
            ["title"] = name,
            ["body"] = new Deferred(() => $"{name} body {++made[name]}", transient: true),
        };
        var (a, b) = (Question("a"), Question("b"));

        // As the print page reads them: each question's body more than once, then the next question.
        Assert.Equal("a body 1 a body 1 b body 1 b body 1", Render("{{ x[0].body }} {{ x[0].body }} {{ x[1].body }} {{ x[1].body }}", new ScriptArray { a, b }));
        Assert.Equal((1, 1), (made["a"], made["b"]));
        // The first question's body was let go when the second's was made: read again, it is made again; a title is never let go.
        Assert.Equal("a body 2 a", Render("{{ x.body }} {{ x.title }}", a));
        Assert.Equal("b body 2", Render("{{ x.body }}", b));
        Assert.Equal([Card], page.Reads);
    }

    /// <summary>Renders <paramref name="template"/> over <paramref name="value"/> as the page <paramref name="page"/> does.</summary>
    private static void RenderAs(PageReads page, string template, object value)
    {
        var outer = PageReads.Current;
        PageReads.Current = page;
        try
        {
            Render(template, value);
        }
        finally
        {
            PageReads.Current = outer;
        }
    }

    /// <summary>A card shared by pages, frozen as the sidebar's are before they are shared.</summary>
    private static ReadObject SharedCard()
    {
        var shared = ReadObject.Shared(Card).MemberRead("count", Index);
        shared["summary"] = "Short.";
        shared["count"] = 2;
        ModelFreezer.Freeze(shared);
        return shared;
    }

    [Fact]
    public void An_object_shared_by_pages_records_into_each_page_what_that_pages_own_object_would_have()
    {
        var shared = SharedCard();
        var pages = new[] { new PageReads(), new PageReads(), new PageReads() };
        var alone = pages.Select(_ => new PageReads()).ToArray();
        var own = alone.Select(page => new ReadObject(page, Card) { ["summary"] = "Short.", ["count"] = 2 }.MemberRead("count", Index)).ToArray();

        // Interleaved as pages render: the object's reads go to a page the first time that page looks inside, wherever the
        // object last recorded, and its count's read only to the pages that read the count.
        (int Page, string Template)[] steps = [(0, "{{ if x }}{{ end }}"), (1, "{{ x.summary }}"), (0, "{{ x.summary }}"), (1, "{{ x.summary }}"),
            (2, "{{ x.count }}"), (0, "{{ x.summary }}"), (1, "{{ x | object.has_key 'count' }}")];
        foreach (var (page, template) in steps)
        {
            RenderAs(pages[page], template, shared);
            Render(template, own[page]);
            for (var p = 0; p < pages.Length; p++) Assert.Equal(alone[p].Reads.OrderBy(r => r.Kind), pages[p].Reads.OrderBy(r => r.Kind));
        }

        Assert.Equal([Card], pages[0].Reads);
        Assert.Equal([Index, Card], pages[2].Reads.OrderBy(r => r.Kind));
    }

    [Fact]
    public void Pages_rendered_at_once_on_every_core_each_record_a_shared_objects_reads()
    {
        var shared = SharedCard();
        var pages = Enumerable.Range(0, 2000).Select(_ => new PageReads()).ToArray();

        // Half the pages read the count too, so the object's last page changes all the time under the others.
        Parallel.For(0, pages.Length, n => RenderAs(pages[n], n % 2 == 0 ? "{{ x.summary }}{{ x.summary }}" : "{{ x.count }}{{ x.summary }}", shared));

        Assert.All(pages.Where((_, n) => n % 2 == 0), page => Assert.Equal([Card], page.Reads));
        Assert.All(pages.Where((_, n) => n % 2 == 1), page => Assert.Equal([Index, Card], page.Reads.OrderBy(r => r.Kind)));
    }

    [Fact]
    public void A_shared_object_read_outside_a_pages_render_fails_rather_than_lose_the_read()
    {
        var shared = ReadObject.Shared(Card);
        shared["summary"] = "Short.";
        Assert.Null(PageReads.Current);
        Assert.ThrowsAny<Exception>(() => Render("{{ x.summary }}", shared));
    }

    [Fact]
    public void A_shared_object_refuses_to_make_a_member_on_read_which_would_change_it_under_the_other_pages()
    {
        var made = 0;
        var shared = ReadObject.Shared(Card);
        shared["question"] = new Deferred(() => ++made);
        Assert.ThrowsAny<Exception>(() => RenderAs(new PageReads(), "{{ x.question }}", shared));
        Assert.Equal(0, made);
    }
}
