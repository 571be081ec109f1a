using Readout.Knowledge.Ontologies;

namespace Readout.Knowledge.Building;

/// <summary>What <see cref="KnowledgeCompiler.Compile"/> produced: the knowledge base, the event ontology, and what it skipped.</summary>
/// <param name="Knowledge">The compiled knowledge base, in memory.</param>
/// <param name="Ontology">The CAMEO/PLOVER event ontology.</param>
/// <param name="Warnings">Records the build skipped or could not resolve.</param>
public sealed record KnowledgeCompilation(KnowledgeBase Knowledge, EventOntology Ontology, IReadOnlyList<string> Warnings);
