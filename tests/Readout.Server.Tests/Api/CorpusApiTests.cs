using System.Net;
using System.Text.Json;
using Readout.Server.Tests.Fixtures;

namespace Readout.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class CorpusApiTests(ServerFixture server)
{
    private async Task<JsonElement> Get(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Documents_are_listed_found_by_title_and_opened_by_id()
    {
        var all = await Get("/api/documents");
        Assert.True(all.GetProperty("rows").GetArrayLength() >= SeededCorpus.MeetingMonths.Length + 2);
        var march = (await Get("/api/documents?title=march%202023")).GetProperty("rows");
        Assert.Equal(1, march.GetArrayLength());
        var id = march[0].GetProperty("content_hash").GetString();
        var document = await Get($"/api/documents/{id}");
        Assert.Equal(3, document.GetProperty("entities").GetArrayLength());
        Assert.Equal("v2", document.GetProperty("events")[1].GetProperty("id").GetString());

        using var missing = await server.Client.GetAsync($"/api/documents/{new string('0', 64)}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var malformed = await server.Client.GetAsync("/api/documents/..%2F..%2Fetc");
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task Events_and_quotes_carry_their_document_and_offsets()
    {
        var events = (await Get("/api/events?source=SDMGOV&cameo=138")).GetProperty("rows");
        Assert.Equal(SeededCorpus.MeetingMonths.Length, events.GetArrayLength());
        Assert.Equal("would close its airspace", events[0].GetProperty("evidence").GetString());
        Assert.Equal(64, events[0].GetProperty("document").GetString()!.Length);

        var quotes = (await Get("/api/quotes?text=harvest")).GetProperty("rows");
        Assert.Equal(SeededCorpus.MeetingMonths.Length, quotes.GetArrayLength());
        Assert.Equal("Anna Berg", quotes[0].GetProperty("speaker").GetString());

        using var bad = await server.Client.GetAsync("/api/events?by=week");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task An_actor_page_says_whom_the_actor_met_and_threatened_and_what_it_said()
    {
        var dorn = await Get("/api/actors/SDMGOV");
        Assert.Equal("Piet Dorn", dorn.GetProperty("names")[0].GetProperty("name").GetString());
        var relations = dorn.GetProperty("relations").EnumerateArray().ToDictionary(r => r.GetProperty("relation").GetString()!);
        var met = relations["met"].GetProperty("counterparts")[0];
        Assert.Equal("Anna Berg", met.GetProperty("name").GetString());
        Assert.Equal(SeededCorpus.MeetingMonths.Length, met.GetProperty("events").GetInt32());
        Assert.Equal("NRL", relations["threatened"].GetProperty("counterparts")[0].GetProperty("code").GetString());
        Assert.Equal(0, dorn.GetProperty("quotes").GetArrayLength());

        var berg = await Get("/api/actors/NRLGOV");
        Assert.Contains(berg.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "Anna Berg");
        Assert.DoesNotContain(berg.GetProperty("relations").EnumerateArray(), r => r.GetProperty("relation").GetString() == "threatened");
    }

    [Fact]
    public async Task A_dyad_timeline_has_every_month_from_first_to_last_split_by_quad_class()
    {
        var timeline = await Get("/api/dyads?a=NRL&b=SDM");
        var months = timeline.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"], months.Select(m => m.GetProperty("month").GetString()));
        var january = months[0];
        Assert.Equal(2, january.GetProperty("events").GetInt64());
        Assert.Equal(-3.0, january.GetProperty("goldstein").GetDouble());
        Assert.Equal([1, 3], january.GetProperty("quad_classes").EnumerateArray().Select(q => q.GetProperty("quad_class").GetInt32()));
        Assert.Equal(0, months[3].GetProperty("events").GetInt64());

        var directed = await Get("/api/dyads?a=SDM&b=NRL&directed=true");
        Assert.All(directed.GetProperty("months").EnumerateArray().Where(m => m.GetProperty("events").GetInt64() > 0), m => Assert.Equal(3, m.GetProperty("quad_classes")[0].GetProperty("quad_class").GetInt32()));

        using var missing = await server.Client.GetAsync("/api/dyads?a=NRL");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task The_cameo_codes_come_with_their_names_from_the_installed_ontology()
    {
        var codes = (await Get("/api/cameo")).EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.StartsWith("Threaten to use military force", codes["138"].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, codes["138"].GetProperty("quad_class").GetInt32());
        Assert.Equal("CONSULT", codes["040"].GetProperty("plover").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await Get(ReadoutServer.OpenApiPath);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/cameo", "/api/extract", "/api/ingest", "/api/documents", "/api/documents/{id}", "/api/events", "/api/quotes", "/api/entities", "/api/actors/{actor}", "/api/dyads", "/api/info" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain("/app.js", paths);
    }
}
