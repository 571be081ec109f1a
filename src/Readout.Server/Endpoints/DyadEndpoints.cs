using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Core.Errors;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/dyads?a=…&amp;b=…</c>: a dyad's events per month by QuadClass, for the timeline chart.</summary>
internal static class DyadEndpoints
{
    // Enough grouped rows for a century of months in four classes.
    private const int MaxRows = 100 * 12 * 4;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dyads", Timeline)
            .Produces<DyadTimeline>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("corpus")
            .WithSummary("Events between actors a and b (either direction unless directed=true) per month: counts and mean Goldstein by QuadClass.");
    }

    private static async Task<IResult> Timeline(StorePool stores, string? a, string? b, bool? directed, string? from, string? to, bool? dedup, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            throw new ReadoutException(ErrorCodes.QueryInvalid, "a dyad needs two actors, a and b (IRN and USA, or NRLGOV and SDMGOV)");
        }

        var query = new EventQuery
        {
            Source = a.Trim(),
            Target = b.Trim(),
            Directed = directed ?? false,
            From = QueryValues.Date(from, "from"),
            To = QueryValues.Date(to, "to"),
            GroupBy = TimeGrouping.Month,
            ByQuadClass = true,
            Deduplicate = dedup ?? false,
            Limit = MaxRows,
        };
        var table = await stores.Use(store => store.QueryEvents(query), cancellation).ConfigureAwait(false);
        var rows = TableResponse.From(table, MaxRows).Rows;
        return Results.Ok(new DyadTimeline(query.Source, query.Target, query.Directed, Months(rows, query.Deduplicate)));
    }

    private static List<DyadMonth> Months(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, bool stories)
    {
        var byMonth = rows.Where(r => r["month"] is string).GroupBy(r => (string)r["month"]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var months = new List<DyadMonth>();
        if (byMonth.Count == 0)
        {
            return months;
        }

        var first = ParseMonth(byMonth.Keys.Min(StringComparer.Ordinal)!);
        var last = ParseMonth(byMonth.Keys.Max(StringComparer.Ordinal)!);
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var quads = byMonth.TryGetValue(key, out var group)
                ? group.Select(r => new QuadClassCount((int)(long)(r["quad_class"] ?? 0L), (long)r["events"]!, r["goldstein"] as double?)).ToList()
                : [];
            var events = quads.Sum(q => q.Events);
            var scored = quads.Where(q => q.Goldstein is not null).ToList();

            // The month's mean weights each class's mean by its events (classes whose events have no score are left out).
            double? goldstein = scored.Count == 0 ? null : Math.Round(scored.Sum(q => q.Goldstein!.Value * q.Events) / scored.Sum(q => q.Events), 2);
            long? storyCount = stories ? group?.Sum(r => (long)(r["stories"] ?? 0L)) ?? 0 : null;
            months.Add(new DyadMonth(key, events, goldstein, quads, storyCount));
        }

        return months;
    }

    private static DateOnly ParseMonth(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
