using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage;
using Readout.Storage.Queries;

namespace Readout.Server.Endpoints;

/// <summary><c>GET /api/actors/{actor}</c>: an actor's profile built from the event, quotation and entity queries.</summary>
internal static class ActorEndpoints
{
    // Relations an analyst asks about first, by CAMEO prefix; the rest of the events fall under "other".
    private static readonly (string Name, string[] Prefixes, bool EitherSide)[] Relations =
    [
        ("met", ["04"], true),
        ("praised", ["051"], false),
        ("criticised", ["111"], false),
        ("accused", ["112"], false),
        ("threatened", ["13"], false),
        ("attacked", ["18", "19", "20"], false),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/actors/{actor}", Profile)
            .Produces<ActorProfile>()
            .WithTags("corpus")
            .WithSummary("An actor (CAMEO code or prefix such as NRLGOV or NRL, or a name): its entities, whom it met, praised, criticised, accused, threatened or attacked, its quotations and events.");
    }

    private static async Task<IResult> Profile(string actor, StorePool stores, ServerOptions options, CancellationToken cancellation)
    {
        actor = actor.Trim();
        var limit = options.MaxRows;
        var profile = await stores.Use(store => Build(store, actor, limit), cancellation).ConfigureAwait(false);
        return Results.Ok(profile);
    }

    private static ActorProfile Build(IDocumentStore store, string actor, int limit)
    {
        var isCode = actor.Length >= 3 && actor.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
        var names = store.QueryEntities(isCode ? new EntityQuery { Actor = actor, Limit = limit } : new EntityQuery { Name = actor, Limit = limit });
        var quotes = store.QueryQuotes(isCode
            ? new QuoteQuery { SpeakerActor = actor, WithDocument = true, Limit = limit }
            : new QuoteQuery { Speaker = actor, WithDocument = true, Limit = limit });
        var acting = store.QueryEvents(new EventQuery { Source = actor, Directed = true, WithDocument = true, Limit = limit });
        var actedOn = store.QueryEvents(new EventQuery { Target = actor, Directed = true, WithDocument = true, Limit = limit });

        var asSource = TableResponse.From(acting, limit);
        var asTarget = TableResponse.From(actedOn, limit);
        var events = asSource.Rows.Concat(asTarget.Rows)
            .DistinctBy(r => (Text(r, "document"), Text(r, "event")))
            .OrderBy(r => Text(r, "date"), StringComparer.Ordinal)
            .ToList();
        var quoteRows = TableResponse.From(quotes, limit);
        var truncated = asSource.Truncated || asTarget.Truncated || quoteRows.Truncated;
        return new ActorProfile(actor, TableResponse.From(names, limit).Rows, Relate(asSource.Rows, asTarget.Rows), quoteRows.Rows, events, truncated);
    }

    private static List<ActorRelation> Relate(IReadOnlyList<IReadOnlyDictionary<string, object?>> asSource, IReadOnlyList<IReadOnlyDictionary<string, object?>> asTarget)
    {
        var found = new Dictionary<string, List<(string? Code, string Name, double? Goldstein, string? Date)>>(StringComparer.Ordinal);
        void Add(string relation, IReadOnlyDictionary<string, object?> row, string side)
        {
            var name = Text(row, side + "_name") ?? Text(row, side + "_code") ?? "(unknown)";
            if (!found.TryGetValue(relation, out var list))
            {
                found[relation] = list = [];
            }

            list.Add((Text(row, side + "_code"), name, row["goldstein"] as double?, Text(row, "date")));
        }

        foreach (var row in asSource)
        {
            Add(RelationOf(Text(row, "cameo"), actorIsSource: true) ?? "other", row, "target");
        }

        foreach (var row in asTarget)
        {
            if (RelationOf(Text(row, "cameo"), actorIsSource: false) is { } relation)
            {
                Add(relation, row, "source");
            }
        }

        return Relations.Select(r => r.Name).Append("other")
            .Where(found.ContainsKey)
            .Select(name => new ActorRelation(name, Relations.FirstOrDefault(r => r.Name == name).Prefixes ?? [], Summarise(found[name])))
            .ToList();
    }

    private static string? RelationOf(string? cameo, bool actorIsSource)
    {
        foreach (var (name, prefixes, eitherSide) in Relations)
        {
            if ((actorIsSource || eitherSide) && cameo is not null && prefixes.Any(p => cameo.StartsWith(p, StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return null;
    }

    private static List<Counterpart> Summarise(List<(string? Code, string Name, double? Goldstein, string? Date)> events) =>
        events.GroupBy(e => e.Code ?? e.Name, StringComparer.Ordinal)
            .Select(g => new Counterpart(
                g.First().Code,
                g.GroupBy(e => e.Name, StringComparer.Ordinal).OrderByDescending(n => n.Count()).First().Key,
                g.Count(),
                g.Any(e => e.Goldstein is not null) ? Math.Round(g.Where(e => e.Goldstein is not null).Average(e => e.Goldstein!.Value), 2) : null,
                g.Select(e => e.Date).Max(StringComparer.Ordinal)))
            .OrderByDescending(c => c.Events)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static string? Text(IReadOnlyDictionary<string, object?> row, string column) => row.GetValueOrDefault(column) as string;
}
