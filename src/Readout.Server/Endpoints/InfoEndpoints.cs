using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Server.Analysis;
using Readout.Server.Hosting;
using Readout.Server.Responses;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/info</c>: versions and what this server allows, so the page shows only what works.</summary>
internal static class InfoEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/info", Info)
            .Produces<ServerInfo>()
            .WithTags("server")
            .WithSummary("The Readout version, the pipeline, the database provider and whether extract and ingest are enabled.");
    }

    private static async Task<IResult> Info(StorePool stores, DocumentAnalyzer analyzer, ServerOptions options, CancellationToken cancellation)
    {
        var provider = await stores.Use(store => store.Provider, cancellation).ConfigureAwait(false);
        var version = typeof(InfoEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        return Results.Ok(new ServerInfo(version, analyzer.Pipeline.Version, provider, options.ExtractEnabled, options.IngestEnabled, options.MaxRequestBytes));
    }
}
