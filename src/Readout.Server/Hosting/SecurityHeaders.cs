using Microsoft.AspNetCore.Http;

namespace Readout.Server.Hosting;

/// <summary>Headers on every response that keep a hostile article from doing harm even if some text slipped into markup.</summary>
internal static class SecurityHeaders
{
    // Only this server's own script and stylesheet run; no inline script, no plugins, no framing, no outside requests.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return next();
    }
}
