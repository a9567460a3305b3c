// One section of a page, as templates/sections.yml describes it: the model part it shows, its id (anchor), heading and contents entry.
namespace Handbook.Model;

/// <param name="Page">The kind of page: question, area or source.</param>
/// <param name="Part">The part of the page's model the section shows, such as how_to_answer.</param>
/// <param name="Toc">The section's entry in the page's table of contents, which may be shorter than its heading.</param>
public sealed record PageSection(string Page, string Part, string Id, string Heading, string Toc);
