using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Core.Contract;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/documents</c> (list and search by title) and <c>GET /api/documents/{id}</c> (one analysed document).</summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents", List)
            .Produces<TableResponse>()
            .WithTags("corpus")
            .WithSummary("Stored documents (date, outlet, title, characters, format, source, content_hash = id), by title words, outlet and publication dates.");
        app.MapGet("/api/documents/{id}", Get)
            .Produces<AnalysedDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("corpus")
            .WithSummary("One stored document as analysed-document JSON (docs/contract.md); the id is the SHA-256 of its text.");
    }

    private static async Task<IResult> List(StorePool stores, ServerOptions options, string? title, string? outlet, string? from, string? to, int? limit, CancellationToken cancellation)
    {
        var query = new DocumentQuery
        {
            Title = title,
            Outlet = outlet,
            From = QueryValues.Date(from, "from"),
            To = QueryValues.Date(to, "to"),
            Limit = QueryValues.Limit(limit, options.MaxRows),
        };
        return await stores.Query(store => store.QueryDocuments(query), query.Limit, cancellation).ConfigureAwait(false);
    }

    private static async Task<IResult> Get(string id, StorePool stores, CancellationToken cancellation)
    {
        if (id.Length != 64 || !id.All(char.IsAsciiHexDigit))
        {
            return ProblemResponses.NotFound("a document id is the 64 hexadecimal digits of its text's SHA-256");
        }

        var record = await stores.Use(store => store.FindDocument(id), cancellation).ConfigureAwait(false);
        return record is null
            ? ProblemResponses.NotFound($"no document {id} in the database")
            : Results.Text(record.ContractJson, "application/json", Encoding.UTF8);
    }
}
