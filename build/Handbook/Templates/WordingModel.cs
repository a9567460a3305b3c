// The wording as the templates see it: `strings.<key>` and `sections.<page>.<part>.id / heading / toc`.
using Handbook.Model;
using Scriban.Runtime;

namespace Handbook.Templates;

public static class WordingModel
{
    public static ScriptObject Strings(Wording wording)
    {
        var strings = new ScriptObject();
        foreach (var (key, text) in wording.Text) strings[key] = text;
        return strings;
    }

    public static ScriptObject Sections(Wording wording)
    {
        var pages = new ScriptObject();
        foreach (var section in wording.Sections)
        {
            if (pages[section.Page] is not ScriptObject parts) pages[section.Page] = parts = new ScriptObject();
            parts[section.Part] = new ScriptObject { ["id"] = section.Id, ["heading"] = section.Heading, ["toc"] = section.Toc };
        }

        return pages;
    }
}
