// One URL of every page type of the frozen seed handbook the browser tests serve, for tests that visit them all.
namespace Handbook.BrowserTests;

public static class PageTypes
{
    public const string Home = "";
    public const string Area = "reliability-sre/";
    public const string Question = "reliability-sre/major-incident/";
    public const string Print = "reliability-sre/print/";
    public const string Sources = "sources/";
    public const string Source = "sources/sev-review/";
    public const string NotFound = "no/such/page/";

    public static readonly string[] Paths = [Home, Area, Question, Print, Sources, Source, NotFound];

    public static TheoryData<string> All() => [.. Paths];

    public static TheoryData<string, bool> AllLightAndDark()
    {
        var data = new TheoryData<string, bool>();
        foreach (var path in Paths)
        {
            data.Add(path, false);
            data.Add(path, true);
        }

        return data;
    }
}
