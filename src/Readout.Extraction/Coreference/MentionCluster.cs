using Readout.Core.Annotations;
using Readout.Extraction.Entities;

namespace Readout.Extraction.Coreference;

/// <summary>The mentions coreference has found for one referent so far, with what they say about it.</summary>
internal sealed class MentionCluster
{
    public MentionCluster(int index)
    {
        Index = index;
    }

    /// <summary>The order in which the cluster was opened.</summary>
    public int Index { get; }

    /// <summary>The mentions with the rule that attached each.</summary>
    public List<(LinkedMention Mention, string Rule)> Mentions { get; } = [];

    /// <summary>The knowledge-base entry, once a mention is linked.</summary>
    public string? KnowledgeBaseId { get; set; }

    /// <summary>What the linked entry is, once a mention is linked.</summary>
    public Knowledge.EntryKind? KnowledgeBaseKind { get; set; }

    /// <summary>The role parts of its titles and actor codes (GOV, OPP, MIL), for descriptions.</summary>
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>The lower-case words of the cluster's names, for surname matches.</summary>
    public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The last words of the cluster's titles ("minister" of "Foreign Minister"), for descriptions.</summary>
    public HashSet<string> TitleWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The offices its titles or knowledge-base roles name.</summary>
    public HashSet<Knowledge.Actors.Office> Offices { get; } = [];

    /// <summary>The first token of the latest mention in the text (not the latest added): where the cluster was last seen.</summary>
    public int LastToken { get; private set; } = -1;

    /// <summary>Gender learned from pronouns.</summary>
    public MentionAgreement Gender { get; set; }

    /// <summary>The clusters a group stands for ("the two sides"), else empty.</summary>
    public List<MentionCluster> Members { get; } = [];

    /// <summary>True once a name mention is in.</summary>
    public bool HasName { get; set; }

    /// <summary>True when the cluster is a group or a plural description.</summary>
    public bool IsPlural { get; set; }

    /// <summary>The type most of its linked or named mentions give.</summary>
    public string? Type { get; set; }

    /// <summary>The country or organisation code it belongs to, when known.</summary>
    public string? Country { get; set; }

    /// <summary>The cluster this one was merged into, or null.</summary>
    public MentionCluster? MergedInto { get; set; }

    /// <summary>The cluster this one ended up in after merges.</summary>
    public MentionCluster Root => MergedInto?.Root ?? this;

    /// <summary>True for a cluster of a person or people.</summary>
    public bool IsPerson => Type == Nlp.Entities.EntityTypes.Person;

    /// <summary>Adds a mention and what it says; with <paramref name="adoptLink"/> false, not its knowledge-base entry.</summary>
    public void Add(LinkedMention mention, string rule, Core.Documents.Document document, bool adoptLink = true)
    {
        Mentions.Add((mention, rule));
        LastToken = Math.Max(LastToken, mention.FirstToken);
        if (adoptLink && KnowledgeBaseId is null && mention.KnowledgeBaseId is not null)
        {
            KnowledgeBaseId = mention.KnowledgeBaseId;
            KnowledgeBaseKind = mention.KnowledgeBaseKind;
        }

        // A link not adopted is someone else's, and so are the country and role it brought.
        if (adoptLink)
        {
            Country ??= mention.Country;
        }

        if (adoptLink && mention.ActorCode is { Length: > 3 } code && !Knowledge.Actors.ActorCodes.IsTransnational(code))
        {
            Roles.Add(code[3..]);
        }
        if (mention.Kind == MentionKind.Name)
        {
            HasName = true;
            IsPlural |= mention.Agreement == MentionAgreement.Plural; // "the Rassendylls", a family
            // A linked name settles the type, except that a demonym ("Syrian") does not make a state named before ("Syria") a nationality.
            if (mention.Type is not null && (Type is null || Type == Nlp.Entities.EntityTypes.Nationality
                || (mention.KnowledgeBaseId is not null && mention.Type != Nlp.Entities.EntityTypes.Nationality)))
            {
                Type = mention.Type;
            }

            var (first, end) = mention.Name;
            for (var k = Math.Max(first, 0); k < end; k++)
            {
                var word = document.Text[document.Tokens.Starts[k]..document.Tokens.Ends[k]];
                if (word.Length > 1 && char.IsLetter(word[0]))
                {
                    NameWords.Add(word.ToLowerInvariant());
                }
            }
        }
        else if (mention.Kind == MentionKind.Nominal)
        {
            Type ??= mention.Type;
            IsPlural |= mention.Agreement == MentionAgreement.Plural;
        }

        if (mention.Title is { } title)
        {
            TitleWords.Add(LastWord(title.Phrase));
            if (title.RoleCode is { } role)
            {
                Roles.Add(role);
            }

            if (title.Office != Knowledge.Actors.Office.Unknown)
            {
                Offices.Add(title.Office);
            }
        }

        if (mention.Agreement is MentionAgreement.Masculine or MentionAgreement.Feminine)
        {
            Gender = mention.Agreement;
        }
        else if (mention.Agreement == MentionAgreement.Neuter && mention.Kind == MentionKind.Nominal && Gender == MentionAgreement.Unknown)
        {
            Gender = MentionAgreement.Neuter; // "the chamber", "a hospital": an institution, which "he" and "she" do not take
        }
    }

    /// <summary>Moves every mention of <paramref name="other"/> into this cluster.</summary>
    public void Absorb(MentionCluster other, string rule, Core.Documents.Document document)
    {
        for (var i = 0; i < other.Mentions.Count; i++)
        {
            var (mention, own) = other.Mentions[i];
            Add(mention, i == 0 ? rule : own, document);
        }

        Offices.UnionWith(other.Offices);
        Roles.UnionWith(other.Roles);
        other.Mentions.Clear();
        other.MergedInto = this;
    }

    public static string LastWord(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase[(space + 1)..];
    }
}
