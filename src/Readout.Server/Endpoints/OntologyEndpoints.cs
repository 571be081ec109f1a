using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Knowledge.Ontologies;
using Readout.Server.Responses;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/cameo</c>: the CAMEO codes with their names, so the page can say what "040" means.</summary>
internal static class OntologyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cameo", Codes)
            .Produces<IReadOnlyList<CameoCode>>()
            .WithTags("server")
            .WithSummary("Every CAMEO event code of the installed ontology: name, Goldstein score, QuadClass and PLOVER type.");
    }

    private static IResult Codes(HttpContext context)
    {
        // The ontology is part of the installed models: it changes only with a new Readout.
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Ok(EventOntology.Shared.Codes.Select(c => new CameoCode(c.Code, c.Name, c.Goldstein, (int)c.QuadClass, c.PloverEvent)).ToList());
    }
}
