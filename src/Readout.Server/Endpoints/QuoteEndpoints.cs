using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/quotes</c>: quotations by speaker name, speaker actor code or words.</summary>
internal static class QuoteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quotes", List)
            .Produces<TableResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("corpus")
            .WithSummary("Quotations with their document and offsets, by part of the speaker's name, the speaker's actor code (or prefix) and full-text search.");
    }

    private static async Task<IResult> List(StorePool stores, ServerOptions options, string? speaker, string? actor, string? text, string? from, string? to, int? limit, CancellationToken cancellation)
    {
        var query = new QuoteQuery
        {
            Speaker = speaker,
            SpeakerActor = actor,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            From = QueryValues.Date(from, "from"),
            To = QueryValues.Date(to, "to"),
            WithDocument = true,
            Limit = QueryValues.Limit(limit, options.MaxRows),
        };
        return await stores.Query(store => store.QueryQuotes(query), query.Limit, cancellation).ConfigureAwait(false);
    }
}
