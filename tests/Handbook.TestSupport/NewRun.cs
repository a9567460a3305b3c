// Runs `new area` / `new question` in a workspace, as a writer would from the repository root.
using Handbook.Commands;

namespace Handbook.Tests.Support;

public static class NewRun
{
    public static BuildResult Area(Workspace workspace, string slug, string title, string content = "content")
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = NewCommand.NewArea(content, slug, title, stdout, stderr, workspace.Path);
        return new BuildResult(code, stdout.ToString(), stderr.ToString());
    }

    public static BuildResult Question(Workspace workspace, string area, string slug, string question, string? kind = null, string content = "content")
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = NewCommand.NewQuestion(content, area, slug, question, kind, stdout, stderr, workspace.Path);
        return new BuildResult(code, stdout.ToString(), stderr.ToString());
    }
}
