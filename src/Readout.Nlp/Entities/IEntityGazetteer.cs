using Readout.Core.Documents;

namespace Readout.Nlp.Entities;

/// <summary>
/// Lists of known names (people, places, organisations, titles) read over a tokenized document, as features for the
/// entity recognizer. The knowledge base provides one; the recognizer works without it, less accurately.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IEntityGazetteer
{
    /// <summary>A short name and version, part of the recognizer's version.</summary>
    string Version { get; }

    /// <summary>Marks the tokens of <paramref name="document"/>; <paramref name="marks"/> has been reset to its token count.</summary>
    void Mark(Document document, GazetteerMarks marks);
}
