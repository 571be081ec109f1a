using Readout.Core.Annotations;
using Readout.Knowledge.Actors;

namespace Readout.Extraction.Entities;

/// <summary>A mention as <see cref="MentionFinder"/> finds it, before linking.</summary>
internal sealed class MentionDraft
{
    public int First { get; set; }

    public int End { get; set; }

    public int NameFirst { get; set; } = -1;

    public int NameEnd { get; set; } = -1;

    public int Head { get; set; }

    public MentionKind Kind { get; set; }

    /// <summary>The recognizer's type for names (PERSON, ORG, LOC), else null.</summary>
    public string? Type { get; set; }

    /// <summary>The first token of the text to look up (a description without its trailing "of …" phrase).</summary>
    public int QueryFirst { get; set; }

    /// <summary>One past the last token of the text to look up.</summary>
    public int QueryEnd { get; set; }

    public Title? Title { get; set; }

    public MentionAgreement Agreement { get; set; }

    public bool IsIndefinite { get; set; }

    public int GroupSize { get; set; }

    /// <summary>True for a person addressed ("Thank you, Mr. Smith."), who is never the "he" or "she" said to them.</summary>
    public bool IsVocative { get; set; }

    /// <summary>For a name the knowledge base found and the recognizer did not, the alias's phrase id; else -1.</summary>
    public int AliasPhrase { get; set; } = -1;

    /// <summary>How the mention was found: name, title+name, description, pronoun, group.</summary>
    public required string Source { get; set; }
}
