using Readout.Extraction.Events.Actors;

namespace Readout.Extraction.Events.Patterns;

/// <summary>A phrase of a clause that names actors: where it starts and ends in the clause's token run, and who it names.</summary>
/// <param name="Position">The position in the run of its first actor or agent word.</param>
/// <param name="EndPosition">One past the position of its last token in the run.</param>
/// <param name="Head">The phrase's head token (sentence-local).</param>
/// <param name="Actors">The actors it resolves to, one per coordinated member.</param>
internal sealed record ActorPhrase(int Position, int EndPosition, int Head, List<Actor> Actors);
