namespace Readout.Core.Documents;

/// <summary>The 17 Universal Dependencies part-of-speech tags, plus <see cref="None"/> for "not tagged".</summary>
public enum UniversalPos : byte
{
    /// <summary>Not tagged yet.</summary>
    None = 0,
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}
