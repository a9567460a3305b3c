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
}
