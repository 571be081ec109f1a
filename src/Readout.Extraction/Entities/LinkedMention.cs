using Readout.Core.Annotations;
using Readout.Knowledge.Actors;

namespace Readout.Extraction.Entities;

/// <summary>
/// One mention of a possible entity, found and linked by <see cref="KnowledgeBaseLinker"/>: a name (with the titles
/// before it), a description ("the Syrian diplomat"), a pronoun or a group ("the two sides"), with what the knowledge
/// base says it refers to on the document's date.
/// </summary>
/// <remarks>Token indexes are half-open <c>[FirstToken, EndToken)</c>; <see cref="Range"/> covers the same tokens.</remarks>
public sealed record LinkedMention
{
    /// <summary>The mention's characters (a name with its titles: "Syrian Foreign Minister Faisal Mekdad").</summary>
    public required TextRange Range { get; init; }

    /// <summary>The first token.</summary>
    public required int FirstToken { get; init; }

    /// <summary>One past the last token.</summary>
    public required int EndToken { get; init; }

    /// <summary>The token that heads the mention in the parse (the name's last word, the title's noun).</summary>
    public required int HeadToken { get; init; }

    /// <summary>The tokens of the name inside the mention, or (-1, -1) for descriptions, pronouns and groups.</summary>
    public (int First, int End) Name { get; init; } = (-1, -1);

    /// <summary>Name, description (nominal) or pronoun.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>PERSON, ORG, GPE, LOC or NORP; null for a pronoun or group, which take their referent's type.</summary>
    public string? Type { get; init; }

    /// <summary>The knowledge-base entry's id, or null.</summary>
    public string? KnowledgeBaseId { get; init; }

    /// <summary>What the knowledge-base entry is (a country, a city, a person…), or null.</summary>
    public Knowledge.EntryKind? KnowledgeBaseKind { get; init; }

    /// <summary>The knowledge-base entry's name, or null.</summary>
    public string? KnowledgeBaseName { get; init; }

    /// <summary>The referent's actor code on the document's date: a person's role (IRNGOV), a state's code (IRN, also when named by its capital or a demonym), or null.</summary>
    public string? ActorCode { get; init; }

    /// <summary>The country or organisation code the mention names or belongs to, or null.</summary>
    public string? Country { get; init; }

    /// <summary>The title inside or heading the mention ("president", "foreign minister", "envoy"), or null.</summary>
    public Title? Title { get; init; }

    /// <summary>Gender and number, for pronouns and plural descriptions.</summary>
    public MentionAgreement Agreement { get; init; }

    /// <summary>True for "a …" descriptions, which introduce a referent rather than point back to one.</summary>
    public bool IsIndefinite { get; init; }

    /// <summary>True for a person addressed rather than spoken of ("Mr. Chief Justice, and may it please the Court", "Thank you, Mr. Smith.").</summary>
    public bool IsVocative { get; init; }

    /// <summary>For a group ("the two sides"), how many members it names; else 0.</summary>
    public int GroupSize { get; init; }

    /// <summary>How the mention was found and linked: <c>name</c>, <c>kb:alias</c>, <c>kb:capital</c>, <c>kb:title+surname</c>, <c>kb:office-holder</c>…</summary>
    public required string Rule { get; init; }
}
