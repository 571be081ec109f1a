namespace Readout.Nlp.Conllu;

/// <summary>One sentence of a CoNLL-U file: comments, surface tokens and syntactic words.</summary>
public sealed class ConlluSentence
{
    /// <summary>The sentence id (<c># sent_id</c>), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The sentence text (<c># text</c>), or null.</summary>
    public string? Text { get; init; }

    /// <summary>The document id when this sentence starts a document (<c># newdoc</c>), else null.</summary>
    public string? NewDocument { get; init; }

    /// <summary>True when this sentence starts a document.</summary>
    public bool StartsDocument { get; init; }

    /// <summary>True when this sentence starts a paragraph (<c># newpar</c>) or a document.</summary>
    public bool StartsParagraph { get; init; }

    /// <summary>Every comment line, without the leading "# ".</summary>
    public required IReadOnlyList<string> Comments { get; init; }

    /// <summary>The syntactic words.</summary>
    public required IReadOnlyList<ConlluWord> Words { get; init; }

    /// <summary>The surface tokens.</summary>
    public required IReadOnlyList<ConlluToken> Tokens { get; init; }

    /// <summary>True when a MISC column holds <paramref name="entry"/> as one of its |-separated items.</summary>
    public static bool HasMisc(string misc, string entry)
    {
        foreach (var range in misc.AsSpan().Split('|'))
        {
            if (misc.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).SequenceEqual(entry))
            {
                return true;
            }
        }

        return false;
    }
}
