// serve never answers with a file outside the output folder, only reads, only for this machine's names, and sends the security headers.
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Handbook.Core;
using Handbook.Serve;
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public sealed class DevServerSecurityTests(DevServerSecurityTests.Servers servers) : IClassFixture<DevServerSecurityTests.Servers>
{
    /// <summary>Two running `serve`s of the minimal fixture, at the root and under /REPO/, each with a secret beside its output folder.</summary>
    [SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable",
        Justification = "xunit ends a fixture with IAsyncLifetime.DisposeAsync, which disposes both workspaces.")]
    public sealed class Servers : IAsyncLifetime
    {
        private readonly Workspace _root = new(), _repo = new();
        private ServeSession? _atRoot, _underRepo;

        public string Token { get; } = "secret-" + Guid.NewGuid().ToString("N");
        public int Port => new Uri(_atRoot!.Url).Port;
        public int RepoPort => new Uri(_underRepo!.Url).Port;
        public string Secret => _root["secret.txt"];

        public async Task InitializeAsync()
        {
            _root.Write("secret.txt", Token);
            _repo.Write("secret.txt", Token);
            _atRoot = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Null, _root.Path);
            _underRepo = await ServeSession.StartAsync(new ServeOptions { Port = 0, Build = new BuildOptions { BasePath = "/REPO/" } }, TextWriter.Null, TextWriter.Null, _repo.Path);
        }

        public async Task DisposeAsync()
        {
            if (_atRoot is not null) await _atRoot.DisposeAsync();
            if (_underRepo is not null) await _underRepo.DisposeAsync();
            _root.Dispose();
            _repo.Dispose();
        }
    }

    private void AssertNothingLeaked(RawHttp response)
    {
        Assert.DoesNotContain(servers.Token, response.Body);
        Assert.DoesNotContain("root:", response.Body);
    }

    private static void AssertSecurityHeaders(RawHttp response)
    {
        Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", response.Headers["Referrer-Policy"]);
        Assert.Equal(ContentSecurityPolicy.Policy, response.Headers["Content-Security-Policy"]);
    }

    [Theory]
    [InlineData("//etc/passwd", 400)]
    [InlineData("/alpha//etc/passwd", 400)]
    [InlineData("/../secret.txt", 400)]
    [InlineData("/alpha/../../secret.txt", 400)]
    [InlineData("/./secret.txt", 400)]
    [InlineData("/%2e%2e/secret.txt", 400)]
    [InlineData("/%2E%2E/secret.txt", 400)]
    [InlineData("/%2e%2e%2fsecret.txt", 400)]
    [InlineData("/%2f%2fetc%2fpasswd", 400)]
    [InlineData(@"/..\secret.txt", 400)]
    [InlineData("/..%5csecret.txt", 400)]
    [InlineData("/%5c%5cetc%5cpasswd", 400)]
    [InlineData("/alpha%01/", 400)]
    [InlineData("/C:/Windows/win.ini", 400)]
    [InlineData("/c%3a/secret.txt", 400)]
    [InlineData("/index.html:stream", 400)]
    // Decoded once it is a file name holding "%2e%2e%2f", which the site does not have: the 404 page, nothing else.
    [InlineData("/%252e%252e%252fsecret.txt", 404)]
    [InlineData("http://127.0.0.1/etc/passwd", 400)]
    public async Task A_path_that_could_leave_the_output_folder_is_refused(string target, int status)
    {
        var response = await RawHttp.SendAsync(servers.Port, "GET", target, "127.0.0.1");
        Assert.Equal(status, response.Status);
        AssertSecurityHeaders(response);
        AssertNothingLeaked(response);
    }

    [Fact]
    public async Task The_absolute_path_of_a_file_outside_the_folder_is_refused()
    {
        var response = await RawHttp.SendAsync(servers.Port, "GET", "/" + servers.Secret, "127.0.0.1");
        Assert.Equal(400, response.Status);
        AssertNothingLeaked(response);
    }

    [Theory]
    [InlineData("/REPO//etc/passwd", 400)]
    [InlineData("/REPO/../secret.txt", 400)]
    [InlineData("/REPO/%2e%2e/secret.txt", 400)]
    [InlineData("//REPO/alpha/", 400)]
    [InlineData("/REPO/alpha/", 200)]
    public async Task Under_a_base_path_too(string target, int status)
    {
        var response = await RawHttp.SendAsync(servers.RepoPort, "GET", target, "127.0.0.1");
        Assert.Equal(status, response.Status);
        AssertNothingLeaked(response);
    }

    [Theory]
    [InlineData(false, "/alpha", "/alpha/")]
    [InlineData(true, "/REPO/alpha", "/REPO/alpha/")]
    [InlineData(true, "/REPO", "/REPO/")]
    [InlineData(true, "/", "/REPO/")]
    public async Task A_folder_without_its_slash_redirects_within_the_site(bool underRepo, string target, string location)
    {
        var response = await RawHttp.SendAsync(underRepo ? servers.RepoPort : servers.Port, "GET", target, "127.0.0.1");
        Assert.Equal((302, location), (response.Status, response.Headers["Location"]));
    }

    [Fact]
    public async Task Kestrel_refuses_a_nul_and_a_missing_host_before_the_site_sees_them()
    {
        // Kestrel answers these itself, without our headers; what matters is that nothing is read.
        foreach (var (target, host) in new[] { ("/%00", "127.0.0.1"), ("/index.html%00.css", "127.0.0.1"), ("/", (string?)null) })
        {
            var response = await RawHttp.SendAsync(servers.Port, "GET", target, host);
            Assert.Equal(400, response.Status);
            Assert.False(response.Headers.ContainsKey("Content-Security-Policy"), $"{target} reached the site");
            AssertNothingLeaked(response);
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("10.1.2.3")]
    public async Task A_host_that_is_not_this_machine_gets_421_before_any_file_is_read(string host)
    {
        foreach (var target in new[] { "/", "//etc/passwd", "/alpha/first/" })
        {
            var response = await RawHttp.SendAsync(servers.Port, "GET", target, host);
            Assert.Equal(421, response.Status);
            Assert.DoesNotContain("First answer bullet", response.Body);
            AssertSecurityHeaders(response);
            AssertNothingLeaked(response);
        }
    }

    [Fact]
    public async Task An_empty_host_gets_400()
    {
        var response = await RawHttp.SendAsync(servers.Port, "GET", "/", "");
        Assert.Equal(400, response.Status);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("PROPFIND")]
    public async Task Only_get_and_head_are_allowed(string method)
    {
        var response = await RawHttp.SendAsync(servers.Port, method, "/alpha/first/", "127.0.0.1");
        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
        Assert.DoesNotContain("First answer bullet", response.Body);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Connect_is_refused()
    {
        var response = await RawHttp.SendAsync(servers.Port, "CONNECT", "127.0.0.1:22", "127.0.0.1:22");
        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("localhost:{0}")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]:{0}")]
    [InlineData("127.8.9.10:{0}")]
    public async Task A_page_is_served_to_this_machine_s_names_with_the_security_headers(string host)
    {
        var response = await RawHttp.SendAsync(servers.Port, "GET", "/alpha/first/", string.Format(host, servers.Port));
        Assert.Equal(200, response.Status);
        Assert.Contains("First answer bullet.", response.Body);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/alpha/first/", "text/html; charset=utf-8")]
    [InlineData("/assets/handbook.css", "text/css")]
    [InlineData("/__handbook/overlay.css", "text/css; charset=utf-8")]
    [InlineData("/__handbook/live-reload.js", "text/javascript; charset=utf-8")]
    public async Task Head_answers_like_get_without_the_body(string target, string type)
    {
        var get = await RawHttp.SendAsync(servers.Port, "GET", target, "127.0.0.1");
        var head = await RawHttp.SendAsync(servers.Port, "HEAD", target, "127.0.0.1");
        Assert.Equal((200, 200), (get.Status, head.Status));
        Assert.Equal(type, head.Headers["Content-Type"]);
        Assert.Equal(get.Headers["Content-Length"], head.Headers["Content-Length"]);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(get.Body).ToString(), head.Headers["Content-Length"]);
        Assert.Equal("", head.Body);
        AssertSecurityHeaders(head);
    }

    // Each of Decode's rules on its own: the server tests above would still pass on Resolve's check if one went missing.
    [Theory]
    [InlineData("//etc/passwd")]
    [InlineData("/a//b")]
    [InlineData("/..")]
    [InlineData("/a/./b")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/a%2fb")]
    [InlineData("/a%5cb")]
    [InlineData("/a\\b")]
    [InlineData("/C:/x")]
    [InlineData("/a%3ab")]
    [InlineData("/a%00b")]
    [InlineData("/a%1fb")]
    [InlineData("/a%7fb")]
    [InlineData("/a%c2%85b")]
    [InlineData("*")]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("")]
    public void Decode_refuses(string target) => Assert.Null(SitePath.Decode(target));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/alpha/first/?q=x/../y", "/alpha/first/")]
    [InlineData("/assets/a%20b.css", "/assets/a b.css")]
    [InlineData("/%252e%252e%252f", "/%2e%2e%2f")]
    [InlineData("/caf%C3%A9/", "/café/")]
    [InlineData("/a..b/.well-known/x", "/a..b/.well-known/x")]
    public void Decode_accepts(string target, string path) => Assert.Equal(path, SitePath.Decode(target));

    [Fact]
    public async Task Head_of_the_event_stream_answers_at_once_instead_of_streaming()
    {
        var head = await RawHttp.SendAsync(servers.Port, "HEAD", "/__handbook/events", "127.0.0.1");
        Assert.Equal((200, "text/event-stream", ""), (head.Status, head.Headers["Content-Type"], head.Body));
    }

    [Fact]
    public void Resolve_keeps_every_path_inside_the_root_even_when_decoding_let_one_through()
    {
        var root = Path.Combine(Path.GetTempPath(), "site");
        Assert.Equal(Path.Combine(root, "a", "b.html"), SitePath.Resolve(root, "a/b.html"));
        Assert.Equal(root, SitePath.Resolve(root, ""));
        Assert.Null(SitePath.Resolve(root, "../secret.txt"));
        Assert.Null(SitePath.Resolve(root, "/etc/passwd"));
        // A sibling whose name starts with the root's: a bare prefix check would let it through.
        Assert.Null(SitePath.Resolve(root, "../site-other/secret.txt"));
    }

    [Fact]
    public async Task Listening_beyond_loopback_warns_and_still_checks_the_host()
    {
        using var workspace = new Workspace();
        var stderr = new StringWriter();
        await using (var local = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Synchronized(stderr), workspace.Path))
            Assert.DoesNotContain("warning", stderr.ToString());

        await using var open = await ServeSession.StartAsync(new ServeOptions { Port = 0, Host = "0.0.0.0" }, TextWriter.Null, TextWriter.Synchronized(stderr), workspace.Path);
        var warnings = stderr.ToString().Split('\n').Where(l => l.StartsWith("warning:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["warning: listening on 0.0.0.0, not a loopback address: the site and the dev endpoints (__handbook/) can be read by other machines on the network; use --host 127.0.0.1 to keep them on this machine."], warnings);

        var port = new Uri(open.Url).Port;
        Assert.Equal(421, (await RawHttp.SendAsync(port, "GET", "/", "evil.example")).Status);
        Assert.Equal(200, (await RawHttp.SendAsync(port, "GET", "/", $"127.0.0.1:{port}")).Status);
        // Another machine reaches it by this machine's address: that literal is accepted, a name is not.
        var own = NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (own is not null) Assert.Equal(200, (await RawHttp.SendAsync(port, "GET", "/", $"{own}:{port}")).Status);
    }
}
