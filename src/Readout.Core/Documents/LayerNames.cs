namespace Readout.Core.Documents;

/// <summary>The names of the layers the standard components require and produce.</summary>
public static class LayerNames
{
    /// <summary>The token table's offsets and flags.</summary>
    public const string Tokens = "tokens";

    /// <summary>Sentence spans.</summary>
    public const string Sentences = "sentences";

    /// <summary>UPOS, XPOS and morphological features columns.</summary>
    public const string PartsOfSpeech = "pos";

    /// <summary>The lemma column.</summary>
    public const string Lemmas = "lemmas";

    /// <summary>The head and relation columns.</summary>
    public const string Dependencies = "dependencies";

    /// <summary>Named-entity mention spans (label = entity type).</summary>
    public const string EntityMentions = "entity-mentions";

    /// <summary>Entities: linked, coreference-merged referents.</summary>
    public const string Entities = "entities";

    /// <summary>Quotations and reported speech.</summary>
    public const string Quotations = "quotations";

    /// <summary>Coded political events.</summary>
    public const string Events = "events";
}
