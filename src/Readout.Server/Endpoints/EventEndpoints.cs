using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Core.Errors;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/events</c>: coded events by actor, dyad, CAMEO/PLOVER type, country and dates, listed or summarised.</summary>
internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", List)
            .Produces<TableResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("corpus")
            .WithSummary("Events as readout query events finds them; listed with their document and evidence offsets, or summarised with by=day|month|year.")
            .WithDescription("Actors are an upper-case country (IRN: any Iranian actor), a CAMEO code or prefix (IRNGOV) or a name. source and target together match either direction unless directed=true.");
    }

    private static async Task<IResult> List(
        StorePool stores,
        ServerOptions options,
        string? actor,
        string? source,
        string? target,
        bool? directed,
        string? cameo,
        string? plover,
        string? country,
        string? from,
        string? to,
        string? by,
        bool? dedup,
        int? limit,
        CancellationToken cancellation)
    {
        var query = new EventQuery
        {
            Actor = actor,
            Source = source,
            Target = target,
            Directed = directed ?? false,
            Cameo = cameo,
            Plover = plover,
            Country = country,
            From = QueryValues.Date(from, "from"),
            To = QueryValues.Date(to, "to"),
            GroupBy = Grouping(by),
            Deduplicate = dedup ?? false,
            WithDocument = true,
            Limit = QueryValues.Limit(limit, options.MaxRows),
        };
        return await stores.Query(store => store.QueryEvents(query), query.Limit, cancellation).ConfigureAwait(false);
    }

    private static TimeGrouping Grouping(string? by) => by?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" => TimeGrouping.None,
        "day" => TimeGrouping.Day,
        "month" => TimeGrouping.Month,
        "year" => TimeGrouping.Year,
        _ => throw new ReadoutException(ErrorCodes.QueryInvalid, $"by: '{by}' is not day, month or year"),
    };
}
