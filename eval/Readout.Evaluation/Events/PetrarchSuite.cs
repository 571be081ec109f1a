namespace Readout.Evaluation.Events;

/// <summary>A PETRARCH validation file: the dictionaries its <c>&lt;Environment&gt;</c> names, its categories, its records.</summary>
/// <param name="Path">The file.</param>
/// <param name="VerbFile">The verb dictionary's file name.</param>
/// <param name="ActorFiles">The actor dictionaries' file names.</param>
/// <param name="AgentFiles">The agent dictionaries' file names.</param>
/// <param name="DiscardFile">The discard list's file name, or null.</param>
/// <param name="OntologyFile">The coding ontology's (PICO) file name, or null.</param>
/// <param name="Include">The categories the file evaluates.</param>
/// <param name="Records">The records, in file order.</param>
public sealed record PetrarchSuite(
    string Path,
    string VerbFile,
    IReadOnlyList<string> ActorFiles,
    IReadOnlyList<string> AgentFiles,
    string? DiscardFile,
    string? OntologyFile,
    IReadOnlyList<string> Include,
    IReadOnlyList<PetrarchRecord> Records);
