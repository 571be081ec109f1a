namespace Readout.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (a line with an integer id).</summary>
public sealed record ConlluWord
{
    /// <summary>1-based id within the sentence.</summary>
    public required int Id { get; init; }

    /// <summary>FORM.</summary>
    public required string Form { get; init; }

    /// <summary>LEMMA ("_" when absent).</summary>
    public string Lemma { get; init; } = "_";

    /// <summary>UPOS.</summary>
    public string Upos { get; init; } = "_";

    /// <summary>XPOS.</summary>
    public string Xpos { get; init; } = "_";

    /// <summary>FEATS.</summary>
    public string Feats { get; init; } = "_";

    /// <summary>HEAD (0 = root, -1 = unknown).</summary>
    public int Head { get; init; } = -1;

    /// <summary>DEPREL.</summary>
    public string Deprel { get; init; } = "_";

    /// <summary>DEPS.</summary>
    public string Deps { get; init; } = "_";

    /// <summary>MISC.</summary>
    public string Misc { get; init; } = "_";

    /// <summary>True unless MISC says SpaceAfter=No.</summary>
    public bool SpaceAfter => !ConlluSentence.HasMisc(Misc, "SpaceAfter=No");
}
