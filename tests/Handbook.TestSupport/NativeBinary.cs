// The generator published with Native AOT once per test run (a few minutes of native compilation), for the tests that use it.
using System.Runtime.InteropServices;

namespace Handbook.Tests.Support;

public sealed class NativeBinary
{
    public NativeBinary()
    {
        var folder = Directory.CreateTempSubdirectory("handbook-aot-").FullName;
        var project = System.IO.Path.Combine(RepoPaths.Root, "build", "Handbook", "Handbook.csproj");
        (ExitCode, PublishOutput) = Shell.Run(
            $"dotnet publish '{project}' -c Release -r {RuntimeInformation.RuntimeIdentifier} -p:PublishAot=true -o '{folder}' -nologo",
            RepoPaths.Root, TimeSpan.FromMinutes(20));
        Path = System.IO.Path.Combine(folder, OperatingSystem.IsWindows() ? "handbook.exe" : "handbook");
    }

    public int ExitCode { get; }
    public string PublishOutput { get; }

    /// <summary>The native executable.</summary>
    public string Path { get; }
}
