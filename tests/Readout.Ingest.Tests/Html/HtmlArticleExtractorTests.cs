using Readout.Core.Errors;
using Readout.Ingest.Html;
using Readout.Testing;

namespace Readout.Ingest.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly string[] Paragraphs =
    [
        "The foreign minister of Norland, Anna Berg, met her Sudmark counterpart in Valletta on Tuesday, the first such meeting in three years.",
        "\u201CWe agreed to reopen the border crossings before the harvest,\u201D Berg said after the talks, which lasted most of the day.",
        "Officials in Sudmark said a second round of talks, on fishing rights and river water, would follow in the spring.",
    ];

    [Fact]
    public void The_body_is_the_article_paragraphs_without_navigation_title_byline_sharing_related_links_or_footer()
    {
        var article = new HtmlArticleExtractor().Extract(TestInputs.Page("Ministers meet in Valletta", Paragraphs));
        Assert.Equal(string.Join("\n\n", Paragraphs), article.Text);
    }

    [Fact]
    public void Title_date_and_byline_come_from_the_page()
    {
        var article = new HtmlArticleExtractor().Extract(TestInputs.Page("Ministers meet in Valletta", Paragraphs));
        Assert.Equal("Ministers meet in Valletta", article.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), article.Published);
        Assert.Equal("Anna Berg", article.Byline);
    }

    [Fact]
    public void Json_ld_gives_the_date_and_author_when_meta_tags_do_not()
    {
        var page = TestInputs.Page("Talks", Paragraphs, published: null, author: null).Replace(
            "</head>",
            """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2022-11-30T18:00:00-05:00","author":[{"@type":"Person","name":"Lena Voss"},{"@type":"Person","name":"Piet Dorn"}]}]}</script></head>""",
            StringComparison.Ordinal);
        var article = new HtmlArticleExtractor().Extract(page);
        Assert.Equal(new DateOnly(2022, 11, 30), article.Published);
        Assert.Equal("Lena Voss, Piet Dorn", article.Byline);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_nothing_else_does()
    {
        var page = TestInputs.Page("Talks", Paragraphs, published: null).Replace("<h1>", "<time datetime=\"2021-07-04\">4 July</time><h1>", StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 7, 4), new HtmlArticleExtractor().Extract(page).Published);
    }

    [Fact]
    public void The_url_gives_the_date_as_a_last_resort()
    {
        var page = TestInputs.Page("Talks", Paragraphs, published: null);
        Assert.Equal(new DateOnly(2019, 11, 19), new HtmlArticleExtractor().Extract(page, "https://news.example/2019/11/19/talks.html").Published);
    }

    [Fact]
    public void Paragraphs_written_as_divs_and_line_breaks_are_kept_apart()
    {
        var page = "<html><body><div class=\"story\"><div>First paragraph of the story, long enough to count as prose, with a comma.</div>" +
            "<div>Second paragraph of the story, also long enough to count, with another comma.<br>A line after a break.</div></div></body></html>";
        var text = new HtmlArticleExtractor().Extract(page).Text;
        Assert.Equal("First paragraph of the story, long enough to count as prose, with a comma.\n\nSecond paragraph of the story, also long enough to count, with another comma.\nA line after a break.", text);
    }

    [Fact]
    public void Hidden_elements_and_scripts_are_not_text()
    {
        var page = TestInputs.Page("Talks", Paragraphs).Replace("<div class=\"article-body\">", "<div class=\"article-body\"><p style=\"display: none\">Hidden promotional text.</p><script>document.write('script text')</script>", StringComparison.Ordinal);
        var text = new HtmlArticleExtractor().Extract(page).Text;
        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        Assert.DoesNotContain("script text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_line_furniture_inside_the_article_is_dropped_but_sentences_that_mention_it_are_kept()
    {
        var page = TestInputs.Page("Talks", [Paragraphs[0], "Advertisement", Paragraphs[1], "Share this story", "The ministry will publish a newsletter about the talks every week, a spokesman said.", "3 Comments"]);
        Assert.Equal(
            string.Join("\n\n", Paragraphs[0], Paragraphs[1], "The ministry will publish a newsletter about the talks every week, a spokesman said."),
            new HtmlArticleExtractor().Extract(page).Text);
    }

    [Fact]
    public void An_article_cut_into_chunks_between_advertisements_is_read_whole()
    {
        var chunk = "<div class=\"grid\"><div class=\"story-chunk\"><p>{0}</p></div><div class=\"ad-rail\"><a href='/x'>Buy now</a></div></div>";
        var page = "<html><body><nav><a href='/'>Home</a></nav><div class=\"chunks\">" +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, chunk, Paragraphs[0]) + "<div class=\"advert\">Sponsored content</div>" +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, chunk, Paragraphs[1] + " " + Paragraphs[2]) + "</div></body></html>";
        Assert.Equal(Paragraphs[0] + "\n\n" + Paragraphs[1] + " " + Paragraphs[2], new HtmlArticleExtractor().Extract(page).Text);
    }

    [Fact]
    public void A_wrapper_named_like_a_sidebar_that_holds_the_article_is_kept_and_comments_are_not()
    {
        var page = "<html><body><div class=\"container has-sidebar\"><article><p>" + Paragraphs[0] + "</p><p>" + Paragraphs[1] + "</p></article>" +
            "<div class=\"sidebar\"><p>Popular this week: a long teaser paragraph that is not part of the article at all.</p></div></div>" +
            "<div id=\"comments\"><div class=\"comment\"><p>A reader wrote a long comment here, longer than any paragraph of the article, with commas, opinions, and more.</p></div></div></body></html>";
        Assert.Equal(Paragraphs[0] + "\n\n" + Paragraphs[1], new HtmlArticleExtractor().Extract(page).Text);
    }

    [Theory]
    [InlineData("<html><head><title>Nothing here</title></head><body></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><script>var x = 1;</script></body></html>")]
    public void A_page_without_article_text_is_refused_with_a_coded_reason(string page)
    {
        var error = Assert.Throws<ReadoutException>(() => new HtmlArticleExtractor().Extract(page));
        Assert.Equal(ErrorCodes.NoArticleText, error.Code);
    }

    [Fact]
    public void A_fragment_becomes_paragraphs()
    {
        Assert.Equal("One.\n\nTwo & three.", HtmlText.FromFragment("<p>One.</p><p>Two &amp; three.</p>"));
    }
}
