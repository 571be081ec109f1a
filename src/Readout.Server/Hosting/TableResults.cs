using Microsoft.AspNetCore.Http;
using Readout.Server.Responses;
using Readout.Storage;
using Readout.Storage.Queries;

namespace Readout.Server.Hosting;

/// <summary>Runs a store query on a rented store and answers with its rows as JSON.</summary>
internal static class TableResults
{
    public static async Task<IResult> Query(this StorePool stores, Func<IDocumentStore, ResultTable> query, int limit, CancellationToken cancellation)
    {
        var table = await stores.Use(query, cancellation).ConfigureAwait(false);
        return Results.Ok(TableResponse.From(table, limit));
    }
}
