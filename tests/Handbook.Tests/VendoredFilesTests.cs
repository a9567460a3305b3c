// Vendored third-party files are exactly the published ones: ts-fsrs 5.4.2's UMD build (npm pack ts-fsrs@5.4.2) and its MIT licence.
using System.Security.Cryptography;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class VendoredFilesTests
{
    [Fact]
    public void The_ts_fsrs_file_is_the_published_5_4_2_umd_build_with_its_licence()
    {
        var folder = Path.Combine(RepoPaths.Assets, "vendor", "ts-fsrs");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "ts-fsrs-5.4.2.umd.js"))));
        Assert.Equal("59b7444121d0aae5bb969097ed95df38eff4a4f878e459703c63720f6b6a176b", hash);
        Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(folder, "LICENSE")), StringComparison.Ordinal);
    }
}
