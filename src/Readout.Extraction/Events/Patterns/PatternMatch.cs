namespace Readout.Extraction.Events.Patterns;

/// <summary>What a matched pattern says about the clause: actors it placed, and the tokens its words took.</summary>
internal sealed class PatternMatch
{
    /// <summary>The pattern.</summary>
    public required VerbPattern Pattern { get; init; }

    /// <summary>The phrase a <c>$</c> placed, or null.</summary>
    public ActorPhrase? Source { get; init; }

    /// <summary>The phrase a <c>+</c> (or <c>%</c>) after the verb placed, or null.</summary>
    public ActorPhrase? Target { get; init; }

    /// <summary>True when <c>+</c> stands before the verb: the subject is the target.</summary>
    public bool SubjectIsTarget { get; init; }

    /// <summary>True when <c>%</c> stands before the verb: the event is reciprocal among a coordinated subject.</summary>
    public bool Reciprocal { get; init; }

    /// <summary>How many words of the text the pattern's words matched: the pattern that matches most wins.</summary>
    public required int Score { get; init; }

    /// <summary>Sentence-local tokens the pattern's words matched, or that its slots placed or skipped.</summary>
    public required IReadOnlyList<int> Tokens { get; init; }
}
