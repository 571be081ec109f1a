namespace Readout.Extraction.Events.Actors;

/// <summary>Finds actors and agents among the tokens of a phrase: from PETRARCH dictionaries, or from the entity layer.</summary>
internal interface IActorSource
{
    /// <summary>Adds the actors and agents found among <paramref name="tokens"/> (sentence-local, ascending) to <paramref name="into"/>, left to right.</summary>
    void Find(SentenceContext sentence, ReadOnlySpan<int> tokens, List<ActorMatch> into);
}
