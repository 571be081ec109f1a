using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Readout.Server.Tests.Browser;

/// <summary>The steps the browser tests take on the page: open a view, paste an article, wait for what it shows.</summary>
public sealed class PageDriver(IWebDriver driver, Uri server)
{
    public IWebDriver Driver { get; } = driver;

    /// <summary>Opens a view (<c>#/corpus</c>) and waits until it has rendered.</summary>
    public void Open(string hash)
    {
        // A new hash on the same page does not reload it; an explicit load keeps each test independent of the last.
        Driver.Navigate().GoToUrl(new Uri(server, "/" + hash));
        Driver.Navigate().Refresh();
        WaitFor(By.CssSelector("body[data-ready]"));
    }

    /// <summary>Pastes <paramref name="text"/> into the read view and submits it.</summary>
    public void Paste(string text)
    {
        Open("#/read");
        var input = Driver.FindElement(By.Id("article-input"));
        input.Clear();

        // A paste puts the whole text in at once; typing it key by key would also fire the page's key handlers.
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].value = arguments[1];", input, text);
        Driver.FindElement(By.Id("read-button")).Click();
        WaitFor(By.Id("article-text"));
    }

    public IWebElement WaitFor(By by, int seconds = 15) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed));

    public void Until(Func<IWebDriver, bool> condition, int seconds = 15) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(condition);

    public object? Script(string script, params object[] arguments) => ((IJavaScriptExecutor)Driver).ExecuteScript(script, arguments);

    /// <summary>Moves the mouse over <paramref name="element"/> and returns the tooltip's text.</summary>
    public string Hover(IWebElement element)
    {
        new Actions(Driver).MoveToElement(element).Perform();
        return WaitFor(By.Id("tooltip")).Text;
    }
}
