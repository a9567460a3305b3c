// LoadContentStage on hand-made inputs: which files in content/ it reads or accepts, and which it warns about.
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class LoadContentStageTests
{
    private static IReadOnlyList<Diagnostic> Load(params string[] extraFiles)
    {
        var minimal = Path.Combine(RepoPaths.Fixtures, "minimal");
        var files = Directory.EnumerateFiles(minimal, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(minimal, f).Replace('\\', '/'))
            .Concat(extraFiles)
            .Order(StringComparer.Ordinal)
            .Select(r => new InputFile(r, "content/" + r, File.Exists(Path.Combine(minimal, r)) ? File.ReadAllBytes(Path.Combine(minimal, r)) : "{}"u8.ToArray()))
            .ToList();
        var context = new BuildContext(new BuildOptions());
        new LoadContentStage().Run(new Site { Inputs = new SiteInputs { Content = files } }, context);
        return context.Diagnostics.Items;
    }

    [Fact]
    public void Json_schemas_in_the_schemas_folder_are_accepted_without_a_warning()
    {
        // The fixture's files have no schema line, which these schemas now ask for (HB0081): only stray-file warnings matter here.
        Assert.DoesNotContain(Load("schemas/area.schema.json", "schemas/question.schema.json", "README.md", "AUTHORING.md"), d => d.Code != Codes.MissingSchemaLine);
    }

    [Fact]
    public void Other_files_in_schemas_and_json_files_elsewhere_still_warn()
    {
        var warnings = Load("schemas/notes.txt", "areas/alpha/area.schema.json", "schemas/nested/x.json");
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, Codes.StrayFile), (w.Severity, w.Code)));
        Assert.Equal(["content/areas/alpha/area.schema.json", "content/schemas/nested/x.json", "content/schemas/notes.txt"],
            warnings.Select(w => w.Location.File).Order(StringComparer.Ordinal));
    }
}
