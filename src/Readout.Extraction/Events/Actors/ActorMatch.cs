namespace Readout.Extraction.Events.Actors;

/// <summary>An actor or an agent found among a phrase's tokens.</summary>
/// <param name="First">The first sentence-local token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="IsAgent">True for a role word (police, officials) rather than an actor.</param>
/// <param name="Code">The actor code, or the agent code without its tilde; null for a deliberately null actor.</param>
/// <param name="PrefixAgent">For agents: true when the code goes before the actor's (<c>NGO~</c>).</param>
/// <param name="EntityId">The entity the actor belongs to, in production.</param>
/// <param name="Name">A readable name: the entity's or the dictionary phrase's.</param>
/// <param name="How">How it was found, for explanations (<c>dictionary GONDOR</c>, <c>entity e2</c>).</param>
internal readonly record struct ActorMatch(int First, int End, bool IsAgent, string? Code, bool PrefixAgent, string? EntityId, string? Name, string How);
