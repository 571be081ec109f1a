namespace Readout.Extraction.Events.Dictionaries;

/// <summary>The files of a PETRARCH dictionary set, as a validation suite's <c>&lt;Environment&gt;</c> block names them.</summary>
/// <param name="Verbs">The verb dictionary.</param>
/// <param name="Actors">Actor dictionaries (none in production, where actors come from the entity layer).</param>
/// <param name="Agents">Agent dictionaries.</param>
/// <param name="Discards">The discard list, or null.</param>
/// <param name="Ontology">The internal coding ontology that defines negation, or null.</param>
public sealed record PetrarchDictionaryFiles(string Verbs, IReadOnlyList<string> Actors, IReadOnlyList<string> Agents, string? Discards = null, string? Ontology = null);
