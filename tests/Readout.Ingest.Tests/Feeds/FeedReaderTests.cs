using Readout.Core.Errors;
using Readout.Ingest.Feeds;
using Readout.Testing;

namespace Readout.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    [Fact]
    public void Rss_items_give_title_link_guid_date_and_full_content()
    {
        var items = FeedReader.Read(TestInputs.Rss([("Talks resume", "<p>Ministers met.</p>"), ("Border opens", "<p>Trucks crossed.</p>")])).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(("Talks resume", "https://wire.example/0", "item-0"), (items[0].Title, items[0].Link, items[0].Id));
        Assert.Equal("<p>Ministers met.</p>", items[0].Content);
        Assert.True(items[0].ContentIsHtml);
        Assert.Equal("Tue, 14 Mar 2023 09:30:00 GMT", items[0].Date);
    }

    [Fact]
    public void Atom_entries_give_the_alternate_link_author_and_html_content()
    {
        var entry = Assert.Single(FeedReader.Read(TestInputs.Atom([("Summit", "<p>Leaders <b>met</b>.</p>")])));
        Assert.Equal("https://wire.example/atom/0", entry.Link);
        Assert.Equal("Piet Dorn", entry.Author);
        Assert.Equal("<p>Leaders <b>met</b>.</p>", entry.Content);
        Assert.Equal("2023-05-02T08:00:00+02:00", entry.Date);
    }

    [Fact]
    public void Broken_xml_after_the_first_item_keeps_that_item_and_then_names_line_and_column()
    {
        var feed = TestInputs.Rss([("Good item", "<p>Fine.</p>"), ("Second", "<p>Also fine.</p>")]);
        var broken = feed[..feed.LastIndexOf("<item>", StringComparison.Ordinal)] + "<item><title>Broken &nbsp; entity</title></item></channel></rss>";
        var read = new List<FeedItem>();
        var error = Assert.Throws<ReadoutException>(() =>
        {
            foreach (var item in FeedReader.Read(broken))
            {
                read.Add(item);
            }
        });
        Assert.Equal("Good item", Assert.Single(read).Title);
        Assert.Equal(ErrorCodes.InputMalformed, error.Code);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_unsupported()
    {
        var error = Assert.Throws<ReadoutException>(() => FeedReader.Read("<?xml version=\"1.0\"?><inventory><item/></inventory>").ToList());
        Assert.Equal(ErrorCodes.InputUnsupported, error.Code);
    }
}
