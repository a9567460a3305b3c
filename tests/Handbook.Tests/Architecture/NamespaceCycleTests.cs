// The generator's folders (one namespace each) depend on each other in one direction only: no cycles.
using System.Reflection;
using System.Text.RegularExpressions;
using Handbook.Build;
using Handbook.Tests.Support;

namespace Handbook.Tests.Architecture;

public class NamespaceCycleTests
{
    private static readonly Assembly Generator = typeof(Pipeline).Assembly;

    [Fact]
    public void No_two_folders_of_the_generator_depend_on_each_other()
    {
        var edges = NamespaceEdges();
        var cycles = StronglyConnected(edges).Where(group => group.Count > 1).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles.Select(group => Describe(group, edges))));
    }

    [Fact]
    public void The_readmes_layout_lists_every_folder_before_the_folders_it_uses()
    {
        // The README's "Repository layout" is the map a newcomer reads: it names each folder once, callers first.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r", "");
        var layout = readme[readme.IndexOf("build/Handbook/ ", StringComparison.Ordinal)..];
        var order = Regex.Matches(layout[..layout.IndexOf("\ncontent/", StringComparison.Ordinal)], @"^  (\w+)/", RegexOptions.Multiline)
            .Select(match => "Handbook." + match.Groups[1].Value).ToList();
        var edges = NamespaceEdges();

        Assert.Equal(edges.Keys.Where(name => name != "Handbook").Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        var backwards = edges.Where(edge => edge.Key != "Handbook")
            .SelectMany(edge => edge.Value.Where(to => order.IndexOf(to.Key) < order.IndexOf(edge.Key)).Select(to => to.Value));
        Assert.Empty(backwards);
    }

    [Fact]
    public void The_reader_sees_a_dependency_made_in_a_method_body_only()
    {
        // The test is only as good as its reading of the IL: a call inside a body must count as a dependency.
        var edges = NamespaceEdges();

        Assert.Contains(edges, edge => edge.Key == "Handbook.Build" && edge.Value.ContainsKey("Handbook.Templates"));
        Assert.Contains(typeof(Pipeline).Namespace!, edges.Keys);
    }

    /// <summary>From each namespace to each namespace it uses, with one pair of types that shows why.</summary>
    private static Dictionary<string, Dictionary<string, string>> NamespaceEdges()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in Generator.GetTypes())
        {
            var from = OwnNamespace(type);
            if (from is null) continue;
            var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = [];
            foreach (var used in TypeReferences.Of(type))
            {
                var to = OwnNamespace(used);
                if (to is null || to == from) continue;
                targets.TryAdd(to, $"{type.FullName} uses {used.FullName}");
            }
        }

        return edges;
    }

    private static string? OwnNamespace(Type type) =>
        type.Assembly == Generator && type.Namespace is { } name && name.StartsWith("Handbook", StringComparison.Ordinal)
            ? name
            : null;

    /// <summary>Tarjan's algorithm: each group is a set of namespaces that all reach each other.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in edges.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                group.Add(member);
            }
            while (member != node);
            groups.Add(group);
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node)) Visit(node);
        }

        return groups;
    }

    private static string Describe(List<string> group, Dictionary<string, Dictionary<string, string>> edges)
    {
        var inGroup = group.ToHashSet();
        var lines = group.Order(StringComparer.Ordinal).SelectMany(from => edges[from]
            .Where(edge => inGroup.Contains(edge.Key))
            .Select(edge => $"  {from} -> {edge.Key}: {edge.Value}"));
        return $"These folders depend on each other ({string.Join(", ", group.Order(StringComparer.Ordinal))}):\n"
            + string.Join("\n", lines);
    }
}
