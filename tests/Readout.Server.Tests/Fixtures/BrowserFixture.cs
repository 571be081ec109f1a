using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Readout.Server.Tests.Browser;

namespace Readout.Server.Tests.Fixtures;

/// <summary>One headless Chromium for the browser tests, started on first use with a fresh profile and no outside traffic.</summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly Lazy<ChromeDriver> _driver;
    private readonly string _profile = Directory.CreateTempSubdirectory("readout-chromium-").FullName;

    public BrowserFixture()
    {
        _driver = new Lazy<ChromeDriver>(Start);
    }

    /// <summary>The browser (started on first use).</summary>
    /// <exception cref="InvalidOperationException">When Chromium or ChromeDriver is missing.</exception>
    public IWebDriver Driver => _driver.Value;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Readout.slnx")))
            {
                folder = folder.Parent;
            }

            var path = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>Saves the visible page as <c>name.png</c> and returns the file's path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        if (_driver.IsValueCreated)
        {
            _driver.Value.Quit();
            _driver.Value.Dispose();
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be closing files; the temporary folder is left for the system to clean.
        }
    }

    private ChromeDriver Start()
    {
        var (browser, driver) = BrowserLocator.Find() ?? throw new InvalidOperationException(BrowserLocator.SkipReason);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = browser };

        // No outside network here: without these flags Chromium keeps retrying refused connections.
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + _profile, "--window-size=1366,900",
            "--force-device-scale-factor=1", "--lang=en-GB");
        var chrome = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        chrome.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return chrome;
    }
}
