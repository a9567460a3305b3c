// Entry point: `dotnet run --project build/FontMetricsGenerator -- <output.cs> <Family:weight=path>...`; see README.md.
using FontMetricsGenerator;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <output.cs> <Family:weight=path>... (the first family is the self-hosted one)");
    return 2;
}

var faces = args[1..].Select(FaceSpec.Parse).Select(s => (s, FaceReader.Read(File.ReadAllBytes(s.Path)))).ToList();
File.WriteAllText(args[0], TableWriter.Write(faces));
foreach (var (spec, metrics) in faces)
    Console.WriteLine($"{spec.Family} {spec.Weight}: {metrics.Advances.Count} characters, {metrics.UnitsPerEm} units/em, ascent {metrics.Ascent}, descent {metrics.Descent}");
return 0;
