using System.Net;
using System.Text;
using System.Text.Json;
using Readout.Server.Tests.Fixtures;
using Readout.Testing;

namespace Readout.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ExtractApiTests(ServerFixture server)
{
    private static readonly string Meeting = AnnotatedArticles.Meeting().Text;

    [Fact]
    public async Task Posted_text_comes_back_as_the_contract_json_with_its_quote_and_speaker()
    {
        using var response = await server.Client.PostAsync("/api/extract?published=2023-03-14", new StringContent(Meeting, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(Meeting, root.GetProperty("text").GetString());
        Assert.Equal("2023-03-14", root.GetProperty("published").GetString());
        Assert.Equal(4, root.GetProperty("sentences").GetArrayLength());
        var quote = root.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("kind").GetString() == "direct");
        Assert.StartsWith("We agreed to reopen", quote.GetProperty("content").GetProperty("text").GetString(), StringComparison.Ordinal);
        var speaker = quote.GetProperty("speaker");
        Assert.Equal("Berg", Meeting[speaker.GetProperty("start").GetInt32()..speaker.GetProperty("end").GetInt32()]);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("events").ValueKind);
    }

    [Fact]
    public async Task An_html_page_is_read_for_its_article_as_readout_extract_reads_it()
    {
        var page = TestInputs.Page("Ministers meet", [Meeting]);
        using var response = await server.Client.PostAsync("/api/extract?name=/etc/page.html", new StringContent(page, Encoding.UTF8, "text/html"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Meeting, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("Ministers meet", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("page.html", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("2023-03-14", json.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_a_coded_bad_request()
    {
        using var response = await server.Client.PostAsync("/api/extract", new StringContent("   ", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("RO2003", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_it_announces_its_length()
    {
        // Repeated because the failure this guards against, a reset while the client is still sending, is a race.
        var big = new string('a', 70 * 1024);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var announced = await server.Client.PostAsync("/api/extract", new StringContent(big, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);

            using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/extract") { Content = chunked };
            request.Headers.TransferEncodingChunked = true;
            using var streamed = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        }
    }

    [Fact]
    public async Task A_malformed_date_is_refused_not_ignored()
    {
        using var response = await server.Client.PostAsync("/api/extract?published=14/03/2023", new StringContent(Meeting, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("RO4005", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_stores_the_document_and_it_can_be_read_back_and_a_read_only_server_has_no_write_endpoints()
    {
        var text = "The harbour master of Westria said on Monday that the ferry would resume. \"We expect the first crossing at dawn,\" said Ola Brandt.";
        using var response = await server.Client.PostAsync("/api/ingest?published=2023-08-01", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("documents")[0].GetProperty("id").GetString();
        using var stored = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{id}"));
        Assert.Equal(text, stored.RootElement.GetProperty("text").GetString());

        await using var readOnly = await server.StartAnother(new ServerOptions { IngestEnabled = false, ExtractEnabled = false });
        using var client = new HttpClient { BaseAddress = ReadoutServer.Address(readOnly) };
        foreach (var path in new[] { "/api/ingest", "/api/extract" })
        {
            using var refused = await client.PostAsync(path, new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.True(refused.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{path}: {refused.StatusCode}");
        }

        using var info = JsonDocument.Parse(await client.GetStringAsync("/api/info"));
        Assert.False(info.RootElement.GetProperty("ingest").GetBoolean());
        Assert.Equal("sqlite", info.RootElement.GetProperty("database").GetString());
    }
}
