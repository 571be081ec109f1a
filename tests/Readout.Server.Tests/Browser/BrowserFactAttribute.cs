namespace Readout.Server.Tests.Browser;

/// <summary>A test that drives headless Chromium: skipped when the browser is not installed, unless READOUT_REQUIRE_BROWSER=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserLocator.Required && BrowserLocator.Find() is null)
        {
            Skip = BrowserLocator.SkipReason;
        }
    }
}
