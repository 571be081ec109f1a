using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/entities</c>: entities by name, type or actor code, with document and mention counts.</summary>
internal static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities", List)
            .Produces<TableResponse>()
            .WithTags("corpus")
            .WithSummary("Entities (name, type, kb_id, actor_code, documents, mentions) by part of a name or mention, type (PERSON, ORG, GPE…) and actor code prefix.");
    }

    private static async Task<IResult> List(StorePool stores, ServerOptions options, string? name, string? type, string? actor, int? limit, CancellationToken cancellation)
    {
        var query = new EntityQuery { Name = name, Type = type, Actor = actor, Limit = QueryValues.Limit(limit, options.MaxRows) };
        return await stores.Query(store => store.QueryEntities(query), query.Limit, cancellation).ConfigureAwait(false);
    }
}
