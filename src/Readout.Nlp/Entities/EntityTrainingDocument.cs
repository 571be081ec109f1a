using Readout.Core.Documents;

namespace Readout.Nlp.Entities;

/// <summary>A tokenized, sentence-split and tagged document with a gold IOB2 tag per token (<c>B-PERSON</c>, <c>I-ORG</c>, <c>O</c>).</summary>
/// <param name="Document">The document, with tokens, sentences and (for tag features) parts of speech.</param>
/// <param name="Tags">One IOB2 tag per token, with <see cref="EntityTypes"/> names; other types count as outside.</param>
public sealed record EntityTrainingDocument(Document Document, IReadOnlyList<string> Tags);
