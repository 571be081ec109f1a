namespace Readout.Extraction.Events.Actors;

/// <summary>A resolved event participant: its code and the phrase it was read from.</summary>
/// <param name="Code">The CAMEO actor code with agents applied (<c>ARNGOV</c>), or null when only a name is known.</param>
/// <param name="EntityId">The entity, in production, or null.</param>
/// <param name="Name">A readable name.</param>
/// <param name="First">The first sentence-local token of the phrase the actor was read from.</param>
/// <param name="Last">Its last token.</param>
/// <param name="How">How it was resolved, for explanations.</param>
internal sealed record Actor(string? Code, string? EntityId, string? Name, int First, int Last, string How)
{
    /// <summary>The missing target of an event coded without one: kept for transformations, not written out.</summary>
    public static Actor Nobody { get; } = new(null, null, null, -1, -1, "no one");

    /// <summary>True when two actors are the same participant.</summary>
    public bool SameAs(Actor other) =>
        (EntityId is not null && EntityId == other.EntityId) || (EntityId is null && other.EntityId is null && Code is not null && Code == other.Code);
}
