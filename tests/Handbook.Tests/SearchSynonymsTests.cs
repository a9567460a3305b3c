// handbook.yml's search synonyms: read as search reads words, shipped in the manifest, and bad groups located.
using System.Text.Json.Nodes;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SearchSynonymsTests
{
    private static JsonNode Manifest(Workspace workspace)
    {
        var text = File.ReadAllText(Path.Combine(workspace.Output, "search", "manifest.js"));
        return JsonNode.Parse(text["hbSearch(\"manifest\",".Length..^");\n".Length])!;
    }

    private static void WriteSynonyms(Workspace workspace, string groups) =>
        workspace.Write("content/handbook.yml", File.ReadAllText(workspace["content/handbook.yml"]) + "search:\n  synonyms:\n" + groups);

    [Fact]
    public void The_manifest_carries_each_group_as_lower_case_words_in_the_order_written()
    {
        using var workspace = new Workspace();
        WriteSynonyms(workspace, "    - [Pager, On-Call, \"paging  rotation\"]\n    - [SEV, incident]\n");
        var build = workspace.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Equal("""[["pager","on call","paging rotation"],["sev","incident"]]""", Manifest(workspace)["y"]!.ToJsonString());
    }

    [Fact]
    public void Without_synonyms_the_manifest_has_no_group_list()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        Assert.Null(Manifest(workspace)["y"]);
    }

    [Fact]
    public void Every_bad_group_is_reported_at_its_place_in_one_run()
    {
        using var workspace = new Workspace();
        var lines = File.ReadAllLines(workspace["content/handbook.yml"]).Length;
        WriteSynonyms(workspace, "    - [pager]\n    - [alpha, \"--\", beta]\n    - [Pager, on-call]\n    - just text\n");
        var build = workspace.Build();
        Assert.Equal(1, build.ExitCode);
        Assert.Equal(
        [
            $"content/handbook.yml({lines + 3},7): error HB0070: A synonym group needs at least two different terms; this one has 1.",
            $"content/handbook.yml({lines + 4},15): error HB0071: The synonym '--' has no word search can match (words need 2 to 40 letters or digits).",
            $"content/handbook.yml({lines + 5},8): error HB0072: 'Pager' is already in synonym group 1: a term belongs to one group, so merge the two groups.",
            $"content/handbook.yml({lines + 6},7): error HB0004: Each synonym group is a list of words or phrases, such as [pager, on-call], not 'just text'.",
        ], build.Diagnostics.Where(d => d.Contains("handbook.yml", StringComparison.Ordinal)));
    }
}
