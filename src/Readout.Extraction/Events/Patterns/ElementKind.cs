namespace Readout.Extraction.Events.Patterns;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum ElementKind : byte
{
    /// <summary>A word, or consecutive words ("OFF", "CEASE_FIRE"), matched on form or lemma.</summary>
    Word,

    /// <summary>Any phrase of a named synonym set (<c>&amp;CURRENCY</c>).</summary>
    Synset,

    /// <summary>A noun phrase (<c>{PEACE PLAN}</c>): its last element is the phrase's head, the others modify it.</summary>
    NounPhrase,

    /// <summary>A prepositional phrase (<c>(TO &amp;TREATY)</c>): the preposition, then elements inside the phrase it introduces.</summary>
    Preposition,

    /// <summary>The source actor stands here (<c>$</c>).</summary>
    Source,

    /// <summary>The target actor stands here (<c>+</c>).</summary>
    Target,

    /// <summary>An actor stands here that is neither source nor target (<c>^</c>).</summary>
    Skip,

    /// <summary>The actor here is a coordination of several (<c>%</c>): the event is reciprocal between them.</summary>
    Compound,
}
