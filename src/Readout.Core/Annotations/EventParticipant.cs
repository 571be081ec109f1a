namespace Readout.Core.Annotations;

/// <summary>The source or target of a political event.</summary>
/// <param name="EntityId">The entity's document-local id, or null.</param>
/// <param name="Name">The actor's name.</param>
/// <param name="Code">The CAMEO actor code, or null.</param>
/// <param name="Mention">The mention the coder read the actor from, when there is one.</param>
public sealed record EventParticipant(string? EntityId, string? Name, string? Code, TextRange? Mention = null);
