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
}
