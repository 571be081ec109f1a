using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Readout.Server.Endpoints;

/// <summary>The page: <c>/</c>, <c>/app.js</c> and <c>/app.css</c>, served from resources embedded in this assembly.</summary>
internal static class PageEndpoints
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
        ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
            app.MapGet(path, (HttpContext context) => Serve(context, bytes, etag, contentType)).ExcludeFromDescription();
        }
    }

    private static IResult Serve(HttpContext context, byte[] bytes, string etag, string contentType)
    {
        // Revalidated on every load (cheap: a 304), so a new Readout never runs with an old script.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = etag;
        return context.Request.Headers[HeaderNames.IfNoneMatch] == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, contentType);
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the page resource {resource} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
