// What one page passes to the layout besides the site globals: its title, description, breadcrumb, edit link and template data.
using Scriban.Runtime;

namespace Handbook.Templates;

public sealed record PageModel(string Title, string Description, ScriptArray Crumbs, string? EditFile, string? SourceFile, ScriptObject Data);
