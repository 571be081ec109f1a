using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Nlp;
using Readout.Nlp.Entities;

namespace Readout.Evaluation.Entities;

/// <summary>
/// Named-entity corpora as Readout documents: the IOB2 files of a corpus folder (UNER, WNUT17) found by split, each
/// corpus document rebuilt on its gold tokens and sentences, with gold tags in Readout's type names.
/// </summary>
public static class EntityCorpus
{
    /// <summary>The IOB2 file of <paramref name="split"/> in <paramref name="directory"/> (UNER's provisional train file included).</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.EvaluationDataMissing"/> when there is none.</exception>
    public static string FileOf(string directory, string split)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no such directory (is ../shared/data present?)");
        }

        // UNER names its files *-ud-{split}.iob2 (the provisional train file sits in a folder of its own); WNUT17 has its own names.
        var patterns = split switch
        {
            "test" => new[] { "*-test.iob2", "emerging.test.annotated" },
            "dev" => ["*-dev.iob2", "emerging.dev.conll"],
            _ => ["*-train.iob2", "wnut17train.conll"],
        };
        foreach (var pattern in patterns)
        {
            var found = Directory.GetFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no {split} split in IOB2 form");
    }

    /// <summary>Maps a corpus's type to Readout's (PER → PERSON; LOC stays LOC until the knowledge base splits it), or null to drop it.</summary>
    /// <remarks>UNER's provisional train file has OTH and stray O types: both are dropped, as its SOURCE.md says.</remarks>
    public static string? ToReadoutType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => EntityTypes.Person,
        "ORG" or "CORPORATION" or "GROUP" => EntityTypes.Organization,
        "LOC" or "LOCATION" or "GPE" => EntityTypes.Location,
        _ => null,
    };

    /// <summary>Maps Readout's type to the UNER scheme the scores are given in (GPE and LOC are both LOC), or null for types UNER does not tag.</summary>
    public static string? ToCorpusType(string type) => type switch
    {
        EntityTypes.Person => "PER",
        EntityTypes.Organization => "ORG",
        EntityTypes.Location or EntityTypes.GeopoliticalEntity => "LOC",
        _ => null,
    };

    /// <summary>One document per corpus document, on gold tokens and sentences, with tags in Readout's types; and where its text starts in <see cref="IobCorpus.Text"/>.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="source">The name documents are called by.</param>
    /// <param name="sentencesAsDocuments">One document per sentence, for corpora of unrelated posts without document marks (WNUT17).</param>
    public static List<(EntityTrainingDocument Example, int Offset)> Documents(IobCorpus corpus, string source, bool sentencesAsDocuments = false)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var documents = new List<(EntityTrainingDocument, int)>();
        var token = 0;
        var starts = sentencesAsDocuments ? Enumerable.Range(0, corpus.Sentences.Count).ToList() : corpus.DocumentStarts;
        for (var d = 0; d < starts.Count; d++)
        {
            var firstSentence = starts[d];
            var endSentence = d + 1 < starts.Count ? starts[d + 1] : corpus.Sentences.Count;
            if (endSentence <= firstSentence)
            {
                continue;
            }

            var offset = corpus.Sentences[firstSentence].Start;
            var end = corpus.Sentences[endSentence - 1].End;
            var document = new Document(corpus.Text[offset..end], $"{source}#{d + 1}");
            var tags = new List<string>();
            for (var s = firstSentence; s < endSentence; s++)
            {
                var sentence = corpus.Sentences[s];
                var first = document.Tokens.Count;
                while (token < corpus.Tokens.Count && corpus.Tokens[token].Start < sentence.End)
                {
                    var (start, stop) = corpus.Tokens[token];
                    document.Tokens.Add(start - offset, stop - offset, document.Tokens.Count == first ? TokenFlags.LineStart : TokenFlags.None);
                    tags.Add(corpus.Tags[token]);
                    token++;
                }

                if (document.Tokens.Count > first)
                {
                    document.Sentences.Add(document.SpanOfTokens(first, document.Tokens.Count));
                }
            }

            documents.Add((new EntityTrainingDocument(document, tags), offset));
        }

        return documents;
    }

    /// <summary>
    /// A copy of <paramref name="example"/> written all in lower case, on the same tokens, sentences and tags, to
    /// teach a recognizer names in text that writes no capitals (web posts: "in kerala", "max and jen"), as in Mayhew
    /// et al. 2019's mixed-case training.
    /// </summary>
    /// <remarks>Parts of speech are not copied: tag the copy again, since a tagger reads case too.</remarks>
    public static EntityTrainingDocument LowerCased(EntityTrainingDocument example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var source = example.Document;
        // Invariant lower-casing maps each UTF-16 unit to one unit, so every offset stays valid.
        var copy = new Document(source.Text.ToLowerInvariant(), source.Source + "#lower-case");
        var tokens = source.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            copy.Tokens.Add(tokens.Starts[i], tokens.Ends[i], tokens.Flags[i]);
        }

        foreach (var (start, end) in SentenceRanges.Of(source))
        {
            copy.Sentences.Add(copy.SpanOfTokens(start, end));
        }

        return new EntityTrainingDocument(copy, example.Tags);
    }
}
