// The parts of the model a page can read, each as the page builders project it for the templates (see Templates/Projections.cs).
namespace Handbook.Model;

public enum ReadKind
{
    /// <summary>handbook.yml as a whole (and where the content sits in its repository, for edit links).</summary>
    Settings,

    /// <summary>Every evidence source's id, name and summary, in order.</summary>
    Sources,

    /// <summary>Every area's path and title, in order: the navigation and every list of areas.</summary>
    Navigation,

    /// <summary>One source's id, name and summary (Id: the source id).</summary>
    Source,

    /// <summary>What cites one source: each area or question, its title and the pull (Id: the source id).</summary>
    Citations,

    /// <summary>An area's title (Id: the area's page path, as every area read below).</summary>
    AreaTitle,

    /// <summary>An area's card: title, summary, how many questions and quick-fire questions.</summary>
    AreaCard,

    /// <summary>What area.yml says besides its title and summary: intro, shape, spine, listening-for, evidence, quick-fire, closing.</summary>
    AreaBody,

    /// <summary>Which answer shape the area's questions use (its phases are a Settings read).</summary>
    AreaShape,

    /// <summary>The area's list of stops: its questions' slugs and titles, its quick-fire questions' titles, whether it closes.</summary>
    AreaIndex,

    /// <summary>Which file the area comes from (edit links, and where a broken link is looked for).</summary>
    AreaFile,

    /// <summary>A question's short title, as navigation names it (Id: the question's page path, as every question read below).</summary>
    QuestionNav,

    /// <summary>A question's card: text, kind and summary.</summary>
    QuestionCard,

    /// <summary>The rest of a question: flow and its diagram, how to answer, listening-for, evidence.</summary>
    QuestionBody,

    /// <summary>What the night-before sheet shows of a question: its text, its flow's labels, the first listening-for item.</summary>
    QuestionSheet,

    /// <summary>Which file the question comes from.</summary>
    QuestionFile,

    /// <summary>Which stops come before and after a place in the reading order (Id: page path, '#', anchor).</summary>
    Order,
}
