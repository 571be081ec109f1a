using System.Net;
using System.Text.RegularExpressions;
using Readout.Server.Tests.Fixtures;

namespace Readout.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed partial class PageSecurityTests(ServerFixture server)
{
    [Fact]
    public async Task The_page_its_script_and_stylesheet_are_served_with_a_strict_content_security_policy()
    {
        foreach (var (path, type) in new[] { ("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css") })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task The_page_loads_nothing_from_outside_and_its_script_never_parses_markup_from_data()
    {
        var page = await server.Client.GetStringAsync("/");
        Assert.DoesNotMatch(ExternalReference(), page);
        var script = await server.Client.GetStringAsync("/app.js");
        Assert.DoesNotMatch(ExternalReference(), script);
        Assert.DoesNotMatch(MarkupSinks(), script);
    }

    [Fact]
    public async Task A_page_that_did_not_change_is_not_sent_again()
    {
        using var first = await server.Client.GetAsync("/app.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var second = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function", RegexOptions.None)]
    private static partial Regex MarkupSinks();
}
