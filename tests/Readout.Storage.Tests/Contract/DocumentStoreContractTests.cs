using Readout.Core.Annotations;
using Readout.Core.Errors;
using Readout.Storage.Queries;

namespace Readout.Storage.Tests.Contract;

/// <summary>The contract every store passes: SQLite always, PostgreSQL when a test server is configured.</summary>
public sealed class DocumentStoreContractTests
{
    private static object?[] Row(ResultTable table, int index) => table.Rows[index];

    private static object? Cell(ResultTable table, int row, string column) =>
        table.Rows[row][table.Columns.ToList().FindIndex(c => c.Name == column)];

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_new_store_is_created_with_the_latest_schema_and_keeps_its_rows_when_reopened(string provider)
    {
        using var test = new TestStore(provider);
        using (var store = test.Open())
        {
            Assert.Equal(provider, store.Provider);
            Assert.Equal(1, store.SchemaVersion);
            store.Write([Articles.Stored(Articles.Meeting())]);
        }

        using var reopened = test.Open();
        Assert.Equal(1, reopened.SchemaVersion);
        Assert.Equal(1, reopened.Summarize().RowCounts["documents"]);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Every_layer_becomes_rows(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var result = store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour())]);
        Assert.Equal(2, result.Inserted);
        var counts = store.Summarize().RowCounts;
        Assert.Equal(2, counts["documents"]);
        Assert.Equal(5, counts["sentences"]);
        Assert.Equal(3, counts["entities"]);
        Assert.Equal(5, counts["mentions"]);
        Assert.Equal(2, counts["quotes"]);
        Assert.Equal(2, counts["events"]);
        Assert.Equal(3, counts["actors"]);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Analysed_hashes_name_only_documents_of_that_pipeline_version(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var stored = Articles.Stored(Articles.Meeting());
        store.Write([stored]);
        Assert.Contains(stored.ContentHash, store.AnalysedHashes(Articles.Version));
        Assert.Empty(store.AnalysedHashes("another@2"));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_new_pipeline_version_replaces_the_old_analysis_without_duplicating_rows(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting())]);
        var before = store.Summarize().RowCounts;
        var result = store.Write([Articles.Stored(Articles.Meeting(), "test-pipeline@2")]);
        Assert.Equal((0, 1), (result.Inserted, result.Replaced));
        Assert.Equal(before, store.Summarize().RowCounts);
        Assert.Single(store.AnalysedHashes("test-pipeline@2"));
        Assert.Empty(store.AnalysedHashes(Articles.Version));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_failing_batch_keeps_nothing_and_says_why(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var broken = Articles.Harbour();
        var quote = broken.Get(AnnotationLayers.Quotations)![0];
        broken.Set(AnnotationLayers.Quotations, new List<Quotation> { quote, quote }); // the same id twice breaks a unique key
        var error = Assert.Throws<ReadoutException>(() => store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(broken)]));
        Assert.Equal(ErrorCodes.DatabaseWriteFailed, error.Code);
        Assert.Equal(0, store.Summarize().RowCounts["documents"]);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Events_are_found_by_dyad_in_either_direction_by_type_by_date_and_by_country(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour())]);

        Assert.Equal(2, store.QueryEvents(new EventQuery { Source = "SDM", Target = "NRL" }).Rows.Count);
        Assert.Single(store.QueryEvents(new EventQuery { Source = "SDM", Target = "NRL", Directed = true }).Rows);
        Assert.Equal("040", Cell(store.QueryEvents(new EventQuery { Cameo = "04" }), 0, "cameo"));
        Assert.Equal("138", Cell(store.QueryEvents(new EventQuery { Plover = "threaten" }), 0, "cameo"));
        Assert.Equal("Anna Berg", Cell(store.QueryEvents(new EventQuery { Actor = "anna berg" }), 0, "source_name"));
        Assert.Equal("2023-04-02", Cell(store.QueryEvents(new EventQuery { From = new DateOnly(2023, 4, 1) }), 0, "date"));
        Assert.Single(store.QueryEvents(new EventQuery { Country = "MLT" }).Rows);
        Assert.Empty(store.QueryEvents(new EventQuery { Country = "XYZ" }).Rows);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_dyad_by_month_summary_counts_a_story_carried_twice_once_as_a_story(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Meeting(tail: " Officials gave no further details."))]);

        var summary = store.QueryEvents(new EventQuery { Source = "NRL", Target = "SDM", GroupBy = TimeGrouping.Month, Deduplicate = true });
        Assert.Equal(["month", "source_code", "target_code", "events", "stories", "goldstein"], summary.Columns.Select(c => c.Name));
        Assert.Equal(2, summary.Rows.Count);
        Assert.Equal(new object?[] { "2023-03", "NRLGOV", "SDMGOV", 2L, 1L, 1.0 }, Row(summary, 0));
        Assert.Equal(new object?[] { "2023-04", "SDMGOV", "NRL", 2L, 1L, -7.0 }, Row(summary, 1));

        var pairs = store.QueryDocuments(new DocumentQuery { NearDuplicates = true });
        Assert.Single(pairs.Rows);
        Assert.True((double)Cell(pairs, 0, "similarity")! >= 0.7);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Different_stories_are_not_linked(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var result = store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour())]);
        Assert.Equal(0, result.NearDuplicateLinks);
        Assert.Empty(store.QueryDocuments(new DocumentQuery { NearDuplicates = true }).Rows);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Quotes_are_found_by_speaker_and_by_words(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour())]);

        var byBerg = store.QueryQuotes(new QuoteQuery { Speaker = "berg" });
        Assert.Single(byBerg.Rows);
        Assert.StartsWith("We agreed", (string)Cell(byBerg, 0, "quote")!, StringComparison.Ordinal);

        var aboutShips = store.QueryQuotes(new QuoteQuery { Text = "ships dock" });
        Assert.Equal("Lena Voss", Cell(aboutShips, 0, "speaker"));
        Assert.Empty(store.QueryQuotes(new QuoteQuery { Text = "airspace" }).Rows);
        Assert.Empty(store.QueryQuotes(new QuoteQuery { Speaker = "berg", From = new DateOnly(2024, 1, 1) }).Rows);
        Assert.Equal(ErrorCodes.QueryInvalid, Assert.Throws<ReadoutException>(() => store.QueryQuotes(new QuoteQuery { Text = " " })).Code);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Entities_are_looked_up_by_name_or_mention(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Meeting("2023-06-01", " A later report."))]);

        var dorn = store.QueryEntities(new EntityQuery { Name = "dorn" });
        Assert.Equal(new object?[] { "Piet Dorn", "PERSON", null, "SDMGOV", 2L, 4L }, Row(dorn, 0));
        Assert.Single(store.QueryEntities(new EntityQuery { Name = "norland", Type = "gpe" }).Rows);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void The_fingerprint_depends_on_content_not_on_write_order(string provider)
    {
        using var first = new TestStore(provider);
        using var second = new TestStore(provider);
        using var a = first.Open();
        using var b = second.Open();
        a.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour()), Articles.Stored(Articles.Meeting(tail: " More."))]);
        b.Write([Articles.Stored(Articles.Meeting(tail: " More."))]);
        b.Write([Articles.Stored(Articles.Harbour()), Articles.Stored(Articles.Meeting())]);
        Assert.Equal(a.Summarize(), b.Summarize(), new SummaryComparer());
        b.Write([Articles.Stored(Articles.Harbour("2024-01-01"))]);
        Assert.NotEqual(a.Summarize().Fingerprint, b.Summarize().Fingerprint);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Exported_events_carry_what_the_gdelt_layout_needs(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting())]);
        var rows = store.ExportEvents(new EventQuery());
        Assert.Equal(2, rows.Rows.Count);
        Assert.Equal("NRL", Cell(rows, 0, "source_country"));
        Assert.Equal(1L, Cell(rows, 0, "is_root"));
        Assert.Equal(0L, Cell(rows, 1, "is_root"));
        Assert.Equal("test://meeting", Cell(rows, 0, "source"));

        var first = store.ExportEvents(new EventQuery { Limit = 1 });
        var second = store.ExportEvents(new EventQuery { Limit = 1 }, afterId: (long)Cell(first, 0, "id")!);
        Assert.Equal(Cell(rows, 1, "id"), Cell(second, 0, "id"));
        Assert.Empty(store.ExportEvents(new EventQuery { Limit = 1 }, afterId: (long)Cell(second, 0, "id")!).Rows);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_stored_document_is_found_by_its_content_hash_with_its_contract_json(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var stored = Articles.Stored(Articles.Meeting());
        store.Write([stored]);

        var found = store.FindDocument(stored.ContentHash.ToUpperInvariant());
        Assert.NotNull(found);
        Assert.Equal(stored.ContentHash, found.ContentHash);
        Assert.Equal(stored.ContractJson, found.ContractJson);
        Assert.Equal("Test Wire", found.Metadata.Outlet);
        Assert.Null(store.FindDocument(new string('0', 64)));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Listed_events_and_quotes_can_carry_their_document_and_offsets(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var stored = Articles.Stored(Articles.Meeting());
        store.Write([stored, Articles.Stored(Articles.Harbour())]);
        var text = stored.Document.Text;

        var events = store.QueryEvents(new EventQuery { Cameo = "138", WithDocument = true });
        Assert.Equal(stored.ContentHash, Cell(events, 0, "document"));
        Assert.Equal("v2", Cell(events, 0, "event"));
        Assert.Equal(3L, Cell(events, 0, "quad_class"));
        var start = (int)(long)Cell(events, 0, "evidence_start")!;
        Assert.Equal("would close its airspace", text[start..(int)(long)Cell(events, 0, "evidence_end")!]);
        Assert.DoesNotContain(store.QueryEvents(new EventQuery()).Columns, c => c.Name == "document");

        var quotes = store.QueryQuotes(new QuoteQuery { SpeakerActor = "nrl", WithDocument = true });
        Assert.Single(quotes.Rows);
        Assert.Equal("q1", Cell(quotes, 0, "quotation"));
        Assert.StartsWith("We agreed", text[(int)(long)Cell(quotes, 0, "content_start")!..], StringComparison.Ordinal);
        Assert.Empty(store.QueryQuotes(new QuoteQuery { SpeakerActor = "SDM" }).Rows);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void A_timeline_splits_each_month_by_quad_class_and_entities_are_found_by_actor_code(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Meeting("2023-04-20", " A later report on the same talks, with new figures about the fishing fleet."))]);

        var timeline = store.QueryEvents(new EventQuery { Source = "NRL", Target = "SDM", GroupBy = TimeGrouping.Month, ByQuadClass = true });
        Assert.Equal(["month", "quad_class", "events", "goldstein"], timeline.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "2023-03", 1L, 1L, 1.0 }, Row(timeline, 0));
        Assert.Equal(new object?[] { "2023-04", 1L, 1L, 1.0 }, Row(timeline, 1));
        Assert.Equal(new object?[] { "2023-04", 3L, 2L, -7.0 }, Row(timeline, 2));

        var sudmark = store.QueryEntities(new EntityQuery { Actor = "SDM" });
        Assert.Equal("Piet Dorn", Cell(sudmark, 0, "name"));
        Assert.Single(sudmark.Rows);
    }

    private sealed class SummaryComparer : IEqualityComparer<Records.StoreSummary>
    {
        public bool Equals(Records.StoreSummary? x, Records.StoreSummary? y) =>
            x is not null && y is not null && x.Fingerprint == y.Fingerprint && x.RowCounts.OrderBy(p => p.Key).SequenceEqual(y.RowCounts.OrderBy(p => p.Key));

        public int GetHashCode(Records.StoreSummary obj) => obj.Fingerprint.GetHashCode(StringComparison.Ordinal);
    }
}
