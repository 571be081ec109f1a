using OpenQA.Selenium;
using Readout.Server.Tests.Fixtures;
using Readout.Testing;

namespace Readout.Server.Tests.Browser;

/// <summary>The page in headless Chromium: the annotated article, an actor page and a dyad timeline, each saved as a screenshot.</summary>
[Collection(ServerCollection.Name)]
public sealed class PageTests(ServerFixture server, BrowserFixture browser)
{
    private PageDriver Page => new(browser.Driver, server.Address);

    [BrowserFact]
    public void A_pasted_article_shows_its_quote_marked_with_the_speaker()
    {
        var page = Page;
        page.Paste(AnnotatedArticles.Meeting().Text);

        var badge = page.WaitFor(By.CssSelector("#article-text .badge"));
        // The speaker "Berg" resolves to the entity the article introduced as "Anna Berg".
        Assert.Equal("Anna Berg · direct", badge.Text);
        var speaker = page.Driver.FindElement(By.CssSelector("#article-text .speaker"));
        Assert.Equal("Berg", speaker.Text);
        var quoted = page.Driver.FindElements(By.CssSelector("#article-text .quote")).Select(e => e.Text);
        Assert.StartsWith("We agreed to reopen the border crossings", string.Concat(quoted), StringComparison.Ordinal);
        Assert.Contains("speaker of q1: Anna Berg", page.Hover(speaker), StringComparison.Ordinal);
        Assert.Contains("Berg", page.Driver.FindElement(By.CssSelector("#quote-list .speaker-name")).Text, StringComparison.Ordinal);
        browser.Screenshot("read-pasted-article");
    }

    [BrowserFact]
    public void Clicking_an_event_of_a_stored_article_highlights_its_evidence_and_hovering_a_mention_shows_its_actor()
    {
        var page = Page;
        page.Open("#/corpus");
        page.WaitFor(By.LinkText("Ministers meet in Valletta (March 2023)")).Click();
        page.WaitFor(By.Id("event-list"));

        page.Driver.FindElement(By.CssSelector("#event-list [data-event='v2']")).Click();
        page.Until(d => d.FindElements(By.CssSelector("#article-text .hl")).Count > 0);
        var highlighted = string.Concat(page.Driver.FindElements(By.CssSelector("#article-text .hl")).Select(e => e.Text));
        Assert.Equal("would close its airspace", highlighted);
        Assert.Contains("Threaten to use military force", page.Driver.FindElement(By.CssSelector("#event-list .selected")).Text, StringComparison.Ordinal);

        var mention = page.Driver.FindElements(By.CssSelector("#article-text .ent-PERSON")).First(e => e.Text == "Anna Berg");
        var tip = page.Hover(mention);
        Assert.Contains("actor code: NRLGOV", tip, StringComparison.Ordinal);
        Assert.Contains("KB id: Q-berg", tip, StringComparison.Ordinal);
        Assert.Contains("role: GOV", tip, StringComparison.Ordinal);

        // The screenshot shows a tooltip that leaves the quote's badge and the highlighted evidence in view.
        var dorn = page.Driver.FindElements(By.CssSelector("#article-text .ent-PERSON")).First(e => e.Text == "Dorn warned");
        Assert.Contains("actor code: SDMGOV", page.Hover(dorn), StringComparison.Ordinal);
        browser.Screenshot("annotated-article");
    }

    [BrowserFact]
    public void An_actor_page_shows_whom_they_met_and_their_quotes()
    {
        var page = Page;
        page.Open("#/corpus?q=berg");
        var result = page.WaitFor(By.LinkText("Anna Berg"));
        browser.Screenshot("corpus-search");
        result.Click();
        var relations = page.WaitFor(By.Id("relations"));

        Assert.Contains("Anna Berg", page.Driver.FindElement(By.Id("actor-title")).Text, StringComparison.Ordinal);
        var met = relations.FindElement(By.CssSelector("[data-relation='met']"));
        Assert.Contains("Piet Dorn", met.Text, StringComparison.Ordinal);
        Assert.Contains($"×{SeededCorpus.MeetingMonths.Length}", met.Text, StringComparison.Ordinal);
        Assert.Contains("We agreed to reopen", page.Driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
        browser.Screenshot("actor");
    }

    [BrowserFact]
    public void A_dyad_timeline_is_drawn_per_month_by_quad_class()
    {
        var page = Page;
        page.Open("#/dyad");
        page.Driver.FindElement(By.Id("dyad-a")).SendKeys("NRL");
        page.Driver.FindElement(By.Id("dyad-b")).SendKeys("SDM");
        page.Driver.FindElement(By.CssSelector("#dyad-form button")).Click();
        var chart = page.WaitFor(By.Id("timeline-svg"));

        // Five months with a meeting and a threat each; April has none.
        Assert.Equal(SeededCorpus.MeetingMonths.Length, chart.FindElements(By.CssSelector("rect.bar.quad-1")).Count);
        Assert.Equal(SeededCorpus.MeetingMonths.Length, chart.FindElements(By.CssSelector("rect.bar.quad-3")).Count);
        Assert.Single(chart.FindElements(By.CssSelector("polyline.goldstein-line")));
        Assert.Contains("2023-04", chart.Text, StringComparison.Ordinal);
        Assert.Contains("material conflict", page.Driver.FindElement(By.CssSelector("#dyad-chart figcaption")).Text, StringComparison.Ordinal);
        browser.Screenshot("dyad-timeline");
    }

    [BrowserFact]
    public void Hostile_markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        var page = Page;
        page.Paste(SeededCorpus.HostileText);
        AssertShownAsText(page, "<script>window.__pwned = 'script';</script>");
        page.Hover(page.Driver.FindElement(By.CssSelector("#article-text .quote")));
        browser.Screenshot("xss-pasted");

        page.Open("#/corpus");
        var title = page.WaitFor(By.LinkText(SeededCorpus.HostileTitle));
        Assert.Empty(page.Driver.FindElements(By.CssSelector("#main img")));
        title.Click();
        page.WaitFor(By.Id("quote-list"));
        AssertShownAsText(page, SeededCorpus.HostileTitle, "<i>Mal</i> O'Ry · direct");
        var tip = page.Hover(page.Driver.FindElement(By.CssSelector("#article-text .ent")));
        Assert.Contains("KB id: <b>kb</b>", tip, StringComparison.Ordinal);
        Assert.Null(page.Script("return window.__pwned === undefined ? null : window.__pwned;"));
        browser.Screenshot("xss-stored");
    }

    // The article's characters, badges aside, must be exactly the hostile text; the rest must be visible; no element may come from it.
    private static void AssertShownAsText(PageDriver page, params string[] visible)
    {
        var shown = page.Script(
            "return Array.from(document.getElementById('article-text').childNodes)" +
            ".filter(n => !(n.classList && n.classList.contains('badge'))).map(n => n.textContent).join('');");
        Assert.Equal(SeededCorpus.HostileText, shown);
        var text = page.Driver.FindElement(By.TagName("main")).Text;
        foreach (var part in visible)
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        Assert.Empty(page.Driver.FindElements(By.CssSelector("#main img, #main script, #main i, #main b, [onmouseover], [onerror]")));
        Assert.Null(page.Script("return window.__pwned === undefined ? null : window.__pwned;"));
    }
}
