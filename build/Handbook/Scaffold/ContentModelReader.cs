// Loads and checks the existing content for `new`, which needs its shapes, sources, areas and orders to write a starter that builds.
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Model;

namespace Handbook.Scaffold;

internal static class ContentModelReader
{
    /// <summary>The validated model, or null when the content has errors (they are in the context's diagnostics).</summary>
    public static Site? Read(BuildContext context)
    {
        var content = ReadInputsStage.ReadFolder(context.Options.ContentDir, "--content", context, null, null, null, InputFolderReader.ContentLimit);
        if (context.Diagnostics.HasErrors) return null;
        var site = Pipeline.Run([new LoadContentStage(), new ValidateReferencesStage()], context,
            new Site { Inputs = new SiteInputs { Content = content } });
        return context.Diagnostics.HasErrors ? null : site;
    }
}
