namespace Readout.Server.Tests.Browser;

/// <summary>Finds Chromium and ChromeDriver (Debian's <c>chromium</c> and <c>chromium-driver</c>), or says why the browser tests cannot run.</summary>
public static class BrowserLocator
{
    /// <summary>Set (to 1) by .ci/run: a missing browser then fails the browser tests instead of skipping them.</summary>
    public const string RequireVariable = "READOUT_REQUIRE_BROWSER";

    /// <summary>True when the environment demands the browser tests run.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>The browser and driver executables, or null when either is missing.</summary>
    public static (string Browser, string Driver)? Find()
    {
        var browser = Environment.GetEnvironmentVariable("READOUT_CHROMIUM") ?? OnPath("chromium", "chromium-browser", "google-chrome");
        var driver = Environment.GetEnvironmentVariable("READOUT_CHROMEDRIVER") ?? OnPath("chromedriver");
        return browser is not null && driver is not null && File.Exists(browser) && File.Exists(driver) ? (browser, driver) : null;
    }

    /// <summary>Why the browser tests are skipped.</summary>
    public static string SkipReason =>
        "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver, or bash .ci/chromium; " +
        $"or set READOUT_CHROMIUM and READOUT_CHROMEDRIVER); set {RequireVariable}=1 to make this a failure.";

    private static string? OnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}
