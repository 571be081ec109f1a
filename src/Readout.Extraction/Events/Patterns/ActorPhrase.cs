using Readout.Extraction.Events.Actors;

namespace Readout.Extraction.Events.Patterns;

/// <summary>A phrase of a clause that names actors: the tokens it spans and who it names.</summary>
/// <param name="FirstToken">Its first actor or agent word (sentence-local).</param>
/// <param name="LastToken">Its last token.</param>
/// <param name="Head">The phrase's head token.</param>
/// <param name="Actors">The actors it resolves to, one per coordinated member.</param>
internal sealed record ActorPhrase(int FirstToken, int LastToken, int Head, IReadOnlyList<Actor> Actors)
{
    /// <summary>True when <paramref name="token"/> lies inside the phrase.</summary>
    public bool Covers(int token) => token >= FirstToken && token <= LastToken;
}
