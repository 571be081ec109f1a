namespace Readout.Nlp.Conllu;

/// <summary>
/// A surface token: a single word, or a multiword token ("don't") spanning words <see cref="FirstWord"/>..<see cref="LastWord"/>.
/// </summary>
/// <param name="Form">The surface form.</param>
/// <param name="FirstWord">Index (0-based, into the sentence's words) of the first word.</param>
/// <param name="LastWord">Index of the last word (equal to FirstWord for a single word).</param>
/// <param name="SpaceAfter">False when MISC says SpaceAfter=No.</param>
public sealed record ConlluToken(string Form, int FirstWord, int LastWord, bool SpaceAfter)
{
    /// <summary>True for a multiword token.</summary>
    public bool IsMultiword => LastWord > FirstWord;
}
