using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Knowledge;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Index;
using Readout.Knowledge.Lookup;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Entities;

/// <summary>
/// Finds every mention an entity may have (names, titled names, descriptions, pronouns, groups) and links each to the
/// knowledge base on the document's date: exact and normalised aliases, title and surname, a surname alone when the
/// knowledge base knows one holder of it, demonym and title ("the Iranian President"), capitals and seats of
/// government as their state. Unknown people keep no entry but still get an actor code when their title gives one.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="LayerNames.PartsOfSpeech"/>,
/// <see cref="LayerNames.EntityMentions"/>. Produces: <see cref="LinkedMentionsLayer"/> (the dependency parse is used
/// when present, for heads and the "of …" phrase of a description). Dated roles are resolved on
/// <see cref="Document.Published"/>, or on the knowledge base's own date (<see cref="KnowledgeBase.AsOf"/>) when the
/// document has none, so the same text always gives the same actors. Thread-safe: it holds no per-document state.
/// </remarks>
public sealed class KnowledgeBaseLinker : IComponent
{
    /// <summary>The name of the layer of linked mentions.</summary>
    public const string LinkedMentionsLayer = "linked-mentions";

    /// <summary>The typed layer this component writes: every mention, in text order.</summary>
    public static readonly LayerKey<IReadOnlyList<LinkedMention>> Mentions = new(LinkedMentionsLayer);

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.PartsOfSpeech, LayerNames.EntityMentions];
    private static readonly string[] ProducedLayers = [LinkedMentionsLayer];

    private readonly KnowledgeBase _knowledge;
    private readonly MentionFinder _finder;

    /// <summary>A linker over <paramref name="knowledge"/>.</summary>
    public KnowledgeBaseLinker(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _finder = new MentionFinder(knowledge);
    }

    /// <inheritdoc />
    public string Name => "knowledge-base-linker";

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Published ?? _knowledge.AsOf;
        var drafts = _finder.Find(document);
        var linked = new List<LinkedMention>(drafts.Count);
        foreach (var draft in drafts)
        {
            linked.Add(Link(document, draft, date));
        }

        document.Set(Mentions, linked);
    }

    private LinkedMention Link(Document document, MentionDraft draft, DateOnly date)
    {
        var tokens = document.Tokens;
        var mention = new LinkedMention
        {
            Range = new TextRange(tokens.Starts[draft.First], tokens.Ends[draft.End - 1]),
            FirstToken = draft.First,
            EndToken = draft.End,
            HeadToken = draft.Head,
            Name = (draft.NameFirst, draft.NameEnd),
            Kind = draft.Kind,
            Type = draft.Kind == MentionKind.Name ? draft.Type : draft.Type ?? (draft.Title is not null && draft.GroupSize == 0 ? EntityTypes.Person : null),
            Title = draft.Title,
            Agreement = draft.Agreement,
            IsIndefinite = draft.IsIndefinite,
            IsVocative = draft.IsVocative,
            GroupSize = draft.GroupSize,
            Rule = draft.Source,
        };

        // Pronouns, groups and people described by what they are ("the boy") name nothing the knowledge base holds.
        if (draft.Kind == MentionKind.Pronoun || draft.GroupSize > 0 || (draft.Kind == MentionKind.Nominal && draft.Title is null))
        {
            return mention;
        }

        var first = draft.Kind == MentionKind.Name ? draft.First : draft.QueryFirst;
        var end = draft.Kind == MentionKind.Name ? draft.End : draft.QueryEnd;
        var query = document.Text[tokens.Starts[first]..tokens.Ends[end - 1]];
        var result = _knowledge.Lookup(query, date);
        var countryCode = result.Country is { } named ? CountryCodeOf(named) : null;
        // A lone given name ("John" in a story) is somebody's first name, not the surname of whoever holds office.
        var givenName = end - first == 1 && GivenNames.Of(query) != MentionAgreement.Unknown;
        // Only an alias can be an acronym's: the second lookup is skipped for every other mention.
        var acronymInLowerCase = result.Candidates.Any(c => c.Route == LookupRoute.Alias) && AcronymInLowerCase(query);
        var chosen = Choose(result, draft, date, givenName, acronymInLowerCase);
        if (chosen is null)
        {
            // An unknown person with a known role still gets an actor code: "an Iranian military official" → IRNMIL.
            var composed = result.Candidates.FirstOrDefault(c => c.Entry is null && c.Country is not null);
            return mention with
            {
                ActorCode = composed?.ActorCode,
                Country = composed?.Country ?? countryCode,
                Title = mention.Title ?? result.Title,
                Rule = composed is null ? mention.Rule : mention.Rule + "+kb:role-words",
            };
        }

        var entry = chosen.Entry!;
        var (target, rule) = Metonymy(entry, chosen);
        return mention with
        {
            KnowledgeBaseId = target.Id,
            KnowledgeBaseName = target.Name,
            KnowledgeBaseKind = target.Kind,
            ActorCode = target.Kind == EntryKind.Country ? target.ActorCode : chosen.ActorCode,
            Country = chosen.Country ?? target.Country ?? countryCode,
            Type = TypeOf(target, chosen, mention.Type),
            Title = mention.Title ?? result.Title,
            Rule = mention.Rule + "+" + rule,
        };
    }

    /// <summary>
    /// The best candidate whose kind fits the recognizer's type; a lone surname only when one holder of it is in office.
    /// A state, organisation or armed group named by one of its own names outranks the recognizer's type ("Daesh" read as a person).
    /// </summary>
    private static LookupCandidate? Choose(LookupResult result, MentionDraft draft, DateOnly date, bool givenName, bool acronymInLowerCase)
    {
        LookupCandidate? found = null;
        foreach (var candidate in result.Candidates)
        {
            if (candidate.Entry is not { } entry || !(Fits(draft, entry, candidate) || Overrides(draft, entry, candidate)))
            {
                continue;
            }

            // "MPs" is no "MPS" (Chad's Patriotic Salvation Movement): a short acronym is its name only in capitals.
            if (acronymInLowerCase && candidate.Route == LookupRoute.Alias)
            {
                continue;
            }

            // A given name after a title that is no office ("Prince Charles", "Children Bill") is not an office holder's surname.
            if (candidate.Route is LookupRoute.Surname or LookupRoute.TitleAndSurname && result.Title is null or { Office: Office.Unknown }
                && result.Name is { Length: > 1 } named && !named.Contains(' ') && GivenNames.Of(char.ToUpperInvariant(named[0]) + named[1..]) != MentionAgreement.Unknown)
            {
                continue;
            }

            // An honorific says nothing of office ("Dr. Bailey", "Mr Smith"): with a surname it is no better than the surname alone.
            var bareSurname = candidate.Route == LookupRoute.Surname
                || (candidate.Route == LookupRoute.TitleAndSurname && result.Title is { RoleCode: null, Office: Office.Unknown });
            if (bareSurname)
            {
                // Not off duty, not a lone given name, and no other name word the entry lacks ("Tony Martin" is no Micheál Martin).
                if (entry.RoleOn(date) is null || (givenName && candidate.Route == LookupRoute.Surname) || !NameWordsIn(result.Name, entry.Name))
                {
                    continue;
                }

                // A second holder of the surname in office on the date makes it ambiguous.
                if (found is not null)
                {
                    return found.Route is LookupRoute.Surname or LookupRoute.TitleAndSurname ? null : found;
                }

                found = candidate;
                continue;
            }

            return found ?? candidate;
        }

        return found;
    }

    /// <summary>True when the query is written with a lower-case letter and its key is an alias that must be written in capitals.</summary>
    private bool AcronymInLowerCase(string query) =>
        query.AsSpan().ContainsAnyInRange('a', 'z') && _knowledge.Names.TryFind(AliasNormalizer.Normalize(query), out var phrase)
        && _knowledge.Names.CaseRuleOf(phrase) == CaseRule.Acronym;

    /// <summary>True when every word of the query's name part is a word (or a familiar form of a word) of the entry's name.</summary>
    private static bool NameWordsIn(string? name, string entryName) =>
        name is null || Hypocorisms.AllIn(name.ToLowerInvariant().Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries), entryName);

    private static bool Overrides(MentionDraft draft, KnowledgeEntry entry, LookupCandidate candidate) =>
        draft.Kind == MentionKind.Name && candidate.Route == LookupRoute.Alias
        && candidate.AliasKind is AliasKind.Name or AliasKind.OfficialName or AliasKind.Abbreviation or AliasKind.Epithet or AliasKind.FormerName
        && entry.Kind is EntryKind.Country or EntryKind.InternationalOrganization or EntryKind.ArmedGroup or EntryKind.PoliticalGroup;

    private static bool Fits(MentionDraft draft, KnowledgeEntry entry, LookupCandidate candidate)
    {
        // A country's office read off the whole phrase ("Syrian Foreign Minister", which the recognizer may call an
        // organisation) names whoever held it on the date.
        if (candidate.Route == LookupRoute.OfficeHolder && draft.Kind == MentionKind.Name)
        {
            return entry.Kind == EntryKind.Person;
        }

        if (draft.Kind == MentionKind.Nominal)
        {
            // A description names a person by office ("the Syrian Foreign Minister"), not a country or a town.
            return entry.Kind == EntryKind.Person && candidate.Route == LookupRoute.OfficeHolder;
        }

        return draft.Type switch
        {
            EntityTypes.Person => entry.Kind == EntryKind.Person,
            EntityTypes.Organization => entry.Kind is not (EntryKind.Person or EntryKind.City or EntryKind.Region),
            EntityTypes.Location or EntityTypes.GeopoliticalEntity => entry.Kind is EntryKind.Country or EntryKind.City or EntryKind.Region or EntryKind.Institution,
            _ => candidate.Route is not (LookupRoute.Surname or LookupRoute.TitleAndSurname) || entry.Kind == EntryKind.Person,
        };
    }

    /// <summary>
    /// A capital, a seat of government or an epithet that stands for a state's government ("Tehran", "the Kremlin", "the
    /// Zionist regime") is a mention of the state; seats of other bodies ("the Pentagon", USAMIL) stay themselves.
    /// </summary>
    private (KnowledgeEntry Target, string Rule) Metonymy(KnowledgeEntry entry, LookupCandidate candidate)
    {
        var rule = candidate.AliasKind switch
        {
            AliasKind.Capital => "kb:capital",
            AliasKind.SeatOfGovernment => "kb:seat",
            AliasKind.Epithet => "kb:epithet",
            AliasKind.Demonym or AliasKind.DemonymPlural => "kb:demonym",
            AliasKind.Surname when candidate.Route == LookupRoute.Surname => "kb:surname",
            _ => candidate.Route switch
            {
                LookupRoute.TitleAndName => "kb:title+name",
                LookupRoute.TitleAndSurname => "kb:title+surname",
                LookupRoute.OfficeHolder => "kb:office-holder",
                _ => "kb:alias",
            },
        };
        if (entry.Kind == EntryKind.Institution && entry.Country is { } country && entry.ActorCode == country + "GOV"
            && candidate.AliasKind is AliasKind.SeatOfGovernment or AliasKind.Epithet && _knowledge.FindCountry(country) is { } state)
        {
            return (state, rule);
        }

        return (entry, rule);
    }

    private static string? TypeOf(KnowledgeEntry entry, LookupCandidate candidate, string? recognized) => entry.Kind switch
    {
        EntryKind.Person => EntityTypes.Person,
        EntryKind.Country when candidate.AliasKind is AliasKind.Demonym or AliasKind.DemonymPlural => EntityTypes.Nationality,
        EntryKind.Country or EntryKind.City or EntryKind.Region => EntityTypes.GeopoliticalEntity,
        EntryKind.Institution when recognized == EntityTypes.Location => EntityTypes.Location,
        _ => EntityTypes.Organization,
    };

    private static string? CountryCodeOf(KnowledgeEntry entry) => entry.CountryFacts?.CameoCode ?? (entry.Kind == EntryKind.InternationalOrganization ? entry.ActorCode : entry.Country);
}
