namespace Readout.Server.Responses;

/// <summary>An actor's page: the entities that carry its code, whom it met, praised, accused…, what it said, its events.</summary>
/// <param name="Actor">The actor asked for: a CAMEO code or prefix (a country), or a name.</param>
/// <param name="Names">Entities with that code or name (name, type, kb_id, actor_code, documents, mentions).</param>
/// <param name="Relations">Counterparts grouped by kind of event, the actor acting (and either side for meetings).</param>
/// <param name="Quotes">Quotations whose speaker is the actor.</param>
/// <param name="Events">Events with the actor on either side, by date.</param>
/// <param name="Truncated">True when a limit was reached, so the counts may be low.</param>
public sealed record ActorProfile(
    string Actor,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Names,
    IReadOnlyList<ActorRelation> Relations,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Quotes,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Events,
    bool Truncated);
