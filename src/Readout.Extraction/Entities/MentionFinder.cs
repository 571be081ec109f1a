using System.Collections.Frozen;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Knowledge;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Index;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Entities;

/// <summary>
/// Finds the mentions coreference works on: the recognizer's names and the knowledge base's aliases (countries,
/// capitals, organisations, demonyms, epithets), names with the titles before them ("Minister of Foreign Affairs of
/// Syria Faisal Mekdad"), descriptions headed by a title ("the Syrian diplomat", "Marsh's deputy"), pronouns and
/// groups ("the two sides").
/// </summary>
/// <remarks>Stateless apart from the knowledge base; thread-safe.</remarks>
internal sealed class MentionFinder
{
    private const int MaximumNameAfterTitle = 4;

    private static readonly FrozenDictionary<string, MentionAgreement> PronounWords = new Dictionary<string, MentionAgreement>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = MentionAgreement.Masculine, ["him"] = MentionAgreement.Masculine, ["his"] = MentionAgreement.Masculine, ["himself"] = MentionAgreement.Masculine,
        ["she"] = MentionAgreement.Feminine, ["her"] = MentionAgreement.Feminine, ["hers"] = MentionAgreement.Feminine, ["herself"] = MentionAgreement.Feminine,
        ["it"] = MentionAgreement.Neuter, ["its"] = MentionAgreement.Neuter, ["itself"] = MentionAgreement.Neuter,
        ["they"] = MentionAgreement.Plural, ["them"] = MentionAgreement.Plural, ["their"] = MentionAgreement.Plural, ["theirs"] = MentionAgreement.Plural,
        ["themselves"] = MentionAgreement.Plural,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a third-person pronoun agrees with ("his": masculine, "their": plural), or <see cref="MentionAgreement.Unknown"/> for any other word.</summary>
    public static MentionAgreement PronounAgreement(ReadOnlySpan<char> word) =>
        PronounWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var agreement) ? agreement : MentionAgreement.Unknown;

    // Words that give a person's gender: a description's head ("his mother", "the king") or a title before a name ("Queen Rania", "Mrs Berg").
    private static readonly FrozenDictionary<string, MentionAgreement> GenderWords = GenderTable();

    /// <summary>The gender a description's head or a title gives ("girl", "Mrs": feminine), or <see cref="MentionAgreement.Unknown"/>.</summary>
    public static MentionAgreement WordAgreement(ReadOnlySpan<char> word) =>
        GenderWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var agreement) ? agreement : MentionAgreement.Unknown;

    // Nouns that make "the two …" / "both …" a group of two actors.
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "sides", "countries", "nations", "parties", "leaders", "governments", "states", "ministers", "presidents", "neighbours", "neighbors", "allies", "capitals");

    // Title words that name a body rather than a person: a description headed by one is not a person's mention.
    private static readonly FrozenSet<string> CollectiveWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "government", "governments", "administration", "regime", "army", "military", "police", "forces", "troops", "rebels", "militants",
        "opposition", "parliament", "ministry", "cabinet", "council", "people", "authorities", "authority", "court", "party", "security",
        "intelligence", "navy", "air force", "junta", "state", "media", "press", "committee", "coalition", "alliance", "insurgents",
        "soldiers", "civilians", "protesters", "demonstrators", "students", "workers", "residents", "population", "citizens", "community");

    // Role words of the CAMEO agents dictionary that name an institution, a place, a vessel or a body rather than a
    // person ("the chamber" is LEG, "a mental hospital" HLH, "the embassy" GOV): "he" and "she" never refer to them.
    // (The collective words above, "the administration" and "the authority" among them, make no description at all.)
    private static readonly FrozenSet<string> InstitutionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "airline", "airliner", "archdiocese", "artillery", "assemblage", "assembly", "assemblies", "automaker", "barracks", "battalion", "battleship", "blog", "bureaucracy", "business", "carmaker", "carrier", "cartel",
        "chamber", "chancellery", "chancery", "college", "company", "conglomerate", "congress", "conservatory", "consulate",
        "corporation", "corvette", "cruiser", "destroyer", "diocese", "embassy", "firm", "freighter", "frigate", "garrison",
        "gazette", "hospital", "industry", "infirmary", "insurgency", "judiciary", "kindergarten", "kingdom", "legislature",
        "magazine", "monastery", "neighborhood", "neighbourhood", "newspaper", "politburo", "polity", "preschool", "presidium",
        "prison", "publication", "regiment", "sanatorium", "school", "schoolhouse", "senate", "settlement", "tabloid", "tanker",
        "television", "tribunal", "university", "village", "warplane", "warship", "website");

    // Plural role words that name people without a determiner: "officials said".
    private static readonly FrozenSet<string> PeopleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "officials", "diplomats", "ministers", "spokesmen", "negotiators", "mediators", "aides", "advisers", "advisors", "representatives",
        "delegates", "lawmakers", "legislators", "envoys", "ambassadors", "commanders", "generals", "leaders");

    // Nouns that name a person by what they are rather than by an office: "the boy", "an old woman", "his wife". News
    // uses them for witnesses and victims, fiction for half its speakers.
    private static readonly FrozenSet<string> PersonNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "man", "woman", "boy", "girl", "child", "baby", "lady", "gentleman", "stranger", "fellow", "youth", "lad", "lass", "maid",
        "servant", "nurse", "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "aunt", "uncle", "cousin",
        "grandmother", "grandfather", "niece", "nephew", "widow", "friend", "visitor", "guest", "landlord", "landlady", "driver",
        "soldier", "priest", "clergyman", "parson", "vicar", "farmer", "witness", "victim", "neighbour", "neighbor", "teacher",
        "student", "girlfriend", "boyfriend", "mum", "mom", "dad", "stepmother", "stepfather", "housekeeper", "butler", "coachman",
        "porter", "waiter", "clerk", "sailor", "hunter", "prisoner", "passenger", "owner", "customer", "gunman", "suspect",
        "stepson", "stepdaughter", "grandson", "granddaughter", "widower",
        "bride", "bridegroom", "fiancé", "fiancée", "lover", "sweetheart", "companion", "comrade", "colleague",
        "newcomer", "traveller", "traveler", "wanderer", "pedlar", "peddler", "beggar", "thief", "kidnapper", "orphan", "infant",
        "surgeon", "physician", "painter", "artist", "lawyer", "merchant", "shopkeeper", "innkeeper", "gardener", "shepherd",
        "cook", "footman", "maidservant", "governess", "messenger", "constable", "policeman", "detective", "jailer",
        "sentry", "boatman", "fisherman", "cabman", "postman", "butcher", "baker", "grocer", "tailor", "barber", "blacksmith",
        "carpenter", "miller", "prospector", "miner", "rancher", "cowboy", "peasant", "labourer", "laborer", "workman",
        "tenant", "lodger", "spinster", "bachelor", "matron", "hostess", "interlocutor", "villager", "patient", "pupil",
        "journalist", "reporter", "photographer", "sergeant", "corporal", "officer", "Frenchman", "Englishman", "Irishman", "Scotsman", "Dutchman", "Welshman");

    // Kinship words that fiction puts before a name as a title: "Uncle John", "Aunt Polly", "Cousin Jasper".
    private static readonly FrozenSet<string> KinshipTitles = FrozenSet.Create(StringComparer.Ordinal,
        "Uncle", "Aunt", "Auntie", "Cousin", "Granny", "Grandma", "Grandpa", "Grandfather", "Grandmother");

    // Exclamations and oaths a line of dialogue opens with, old and dialect spellings included.
    private static readonly FrozenSet<string> Exclamations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hullo", "hulloa", "hallo", "halloa", "hollo", "holloa", "hello", "ho", "heigh", "ahoy", "lor", "lors", "law", "lawks", "lawk",
        "gad", "egad", "begad", "zounds", "sapristi", "wal", "waal", "yuh", "wherefore", "imprimis", "alas", "pshaw", "bah", "hist",
        "hush", "ahem", "bravo", "hurrah", "huzza", "golly", "gosh", "crikey", "blimey", "goodbye", "adieu");

    private static readonly FrozenSet<string> Quantifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "no", "every", "each", "any");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");

    private readonly KnowledgeBase _knowledge;

    public MentionFinder(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
    }

    /// <summary>Every mention of <paramref name="document"/>, in text order (nested mentions after the mention that holds them).</summary>
    public List<MentionDraft> Find(Document document)
    {
        var tokens = document.Tokens;
        var count = tokens.Count;
        var drafts = new List<MentionDraft>();
        if (count == 0)
        {
            return drafts;
        }

        var map = new TokenMap(count);
        var matches = new List<PhraseMatch>();
        _knowledge.Titles.Phrases.FindMatches(document, matches);
        foreach (var match in matches)
        {
            map.TitleEnd[match.FirstToken] = match.EndToken;
            map.TitleStart[match.EndToken - 1] = match.FirstToken;
            map.Titles[match.FirstToken] = _knowledge.Titles[match.PhraseId];
        }

        matches.Clear();
        _knowledge.Names.FindMatches(document, matches);
        foreach (var match in matches)
        {
            map.AliasStart[match.EndToken - 1] = match.FirstToken;
            map.AliasPhrase[match.EndToken - 1] = match.PhraseId;
        }

        var names = Names(document, matches, map);
        NamesAfterTitles(document, map, names);
        names.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var name in names)
        {
            // Tokens of recognized names stop a title's extension; the knowledge base's countries and demonyms do not ("Syrian Foreign Minister …").
            if (name.AliasPhrase < 0 || !NamesActor(name.AliasPhrase))
            {
                for (var k = name.NameFirst; k < name.NameEnd; k++)
                {
                    map.InName[k] = true;
                }
            }
        }

        foreach (var name in names)
        {
            if (IsPersonName(name))
            {
                ExtendOverTitles(document, map, name);
            }
        }

        foreach (var name in names)
        {
            var person = IsPersonName(name);
            for (var k = name.First; k < name.End; k++)
            {
                map.InName[k] = true;
                map.PlaceName[k] = person ? -1 : name.First;
            }

            drafts.Add(name);
        }

        Groups(document, map, drafts);
        Descriptions(document, map, drafts);
        PersonDescriptions(document, map, drafts);
        Pronouns(document, drafts);
        foreach (var draft in drafts)
        {
            draft.Head = HeadOf(document, draft);
            if (draft.Agreement == MentionAgreement.Unknown)
            {
                // "the Rassendylls", "the Bennets": a family, not a he or a she.
                draft.Agreement = draft.Kind == MentionKind.Name && draft.Type == EntityTypes.Person && draft.NameEnd > 0 && draft.First > 0
                    && Is(document, draft.First - 1, "the") && FamilyName(document, draft)
                    ? MentionAgreement.Plural
                    : GenderOf(document, draft);
            }
        }

        drafts.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        Vocatives.Mark(document, drafts, PersonWords(document, map));
        return drafts;
    }

    /// <summary>
    /// "'…,' observed Fergus" and "'Nonsense, Fergus!'": a one-word name the recognizer took for a place (there is a
    /// town called Fergus) is a person throughout the document when one of its uses speaks or is spoken to. Not a state,
    /// a capital or a body, which speak for their governments ("Jordan said", "Moscow said"), unless the capital's name
    /// is also a given name ("Douglas").
    /// </summary>
    private void SpeakingPlaces(Document document, TokenMap map, List<MentionDraft> names)
    {
        HashSet<string>? speaking = null;
        foreach (var name in names)
        {
            if (IsLonePlaceName(document, map, name) && Speaks(document, name.NameFirst))
            {
                (speaking ??= new HashSet<string>(StringComparer.Ordinal)).Add(Text(document, name.NameFirst).ToString());
            }
        }

        if (speaking is null)
        {
            return;
        }

        foreach (var name in names)
        {
            if (IsLonePlaceName(document, map, name) && speaking.Contains(Text(document, name.NameFirst).ToString()))
            {
                name.Type = EntityTypes.Person;
            }
        }
    }

    private bool IsLonePlaceName(Document document, TokenMap map, MentionDraft name) =>
        name.Type is EntityTypes.Location or EntityTypes.GeopoliticalEntity && name.NameEnd - name.NameFirst == 1 && name.First == name.NameFirst
        && !(map.AliasStart[name.NameFirst] == name.NameFirst && NamesActor(map.AliasPhrase[name.NameFirst])
            && !IsCapitalAndGivenName(map.AliasPhrase[name.NameFirst], Text(document, name.NameFirst)));

    /// <summary>
    /// "'…,' said Douglas", "'Nonsense, Victoria!'": a capital (not a state, not a body) whose name is also a given
    /// name is a person when it speaks; the capital of a state is not otherwise said to speak after a quotation.
    /// </summary>
    private bool IsCapitalAndGivenName(int phraseId, ReadOnlySpan<char> word)
    {
        if (GivenNames.Of(word) == MentionAgreement.Unknown)
        {
            return false;
        }

        foreach (var posting in _knowledge.PostingsOf(phraseId))
        {
            if (IsActorPosting(posting) && posting.Kind is not (AliasKind.Capital or AliasKind.SeatOfGovernment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name right after a closing quotation and a dialogue verb, or called between a comma and "!" or "?".</summary>
    private static bool Speaks(Document document, int k)
    {
        var tokens = document.Tokens;
        var afterCue = k >= 2 && (Quotations.CueLexicon.IsDialogueVerb(Text(document, k - 1)) || Quotations.CueLexicon.IsVerb(Text(document, k - 1)))
            && Text(document, k - 2) is "," or "\u201D" or "\u2019" or "\"" or "'";
        var called = k >= 1 && k + 1 < tokens.Count && Is(document, k - 1, ",") && Text(document, k + 1) is "!" or "?";
        return afterCue || called;
    }

    /// <summary>
    /// "Feel pretty sick, Thea?": a capitalized word called between a comma and a question or exclamation mark is a
    /// person's name the recognizer missed, when the tagger reads a name, it is no title, oath or exclamation, and the
    /// document never writes it in lower case ("Come here, Mother!" … "her mother").
    /// </summary>
    private static void CalledNames(Document document, TokenMap map, List<MentionDraft> names)
    {
        var tokens = document.Tokens;
        if (!tokens.HasTags)
        {
            return;
        }

        List<int>? called = null;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            var word = Text(document, k);
            if (Is(document, k - 1, ",") && Text(document, k + 1) is "?" or "!" && StartsUpper(document, k) && tokens.Upos[k] == UniversalPos.PROPN
                && !map.InName[k] && map.AliasStart[k] < 0 && map.TitleEnd[k] < 0 && map.TitleStart[k] < 0 && word[1..].ContainsAnyInRange('a', 'z')
                && !KinshipTitles.Contains(word.ToString()) && !Exclamations.Contains(word.ToString()) && !Quotations.Words.IsOath(word)
                && word is not ("Sir" or "Madam" or "Ma'am") && !names.Exists(n => n.First <= k && k < n.End))
            {
                (called ??= []).Add(k);
            }
        }

        if (called is null)
        {
            return;
        }

        // Which of those words the document also writes in lower case: looked up as spans, so no token is copied.
        var folded = new HashSet<string>(called.Select(k => Text(document, k).ToString()), StringComparer.OrdinalIgnoreCase);
        var lookup = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (char.IsLower(document.Text[tokens.Starts[k]]) && lookup.TryGetValue(Text(document, k), out var word))
            {
                lowerCase.Add(word);
            }
        }

        foreach (var k in called)
        {
            if (!lowerCase.Contains(Text(document, k).ToString()))
            {
                names.Add(new MentionDraft
                {
                    First = k, End = k + 1, NameFirst = k, NameEnd = k + 1, Kind = MentionKind.Name, Type = EntityTypes.Person, Source = "name",
                });
            }
        }
    }

    /// <summary>
    /// One name, one reading per document: a one-word person name the recognizer found is that person again where it
    /// missed it ("Tuppence ordered tea" after "said Tuppence"), when the word stands alone among capitals, is a noun or
    /// a name by the tagger, and the document never writes it in lower case (as it would "Will" or "Grace").
    /// </summary>
    private static void PersonNamesAgain(Document document, List<MentionDraft> names, List<PhraseMatch> actorAliases)
    {
        var tokens = document.Tokens;
        var known = new HashSet<string>(StringComparer.Ordinal);
        var covered = new bool[tokens.Count];

        // Nor a word the knowledge base knows for a state, a body or a people ("Welsh"), nor an acronym ("MPS").
        foreach (var alias in actorAliases)
        {
            covered.AsSpan(alias.FirstToken, alias.EndToken - alias.FirstToken).Fill(true);
        }

        foreach (var name in names)
        {
            covered.AsSpan(name.First, name.End - name.First).Fill(true);
            if (name.Type == EntityTypes.Person && name.NameEnd - name.NameFirst == 1)
            {
                known.Add(Text(document, name.NameFirst).ToString());
            }
        }

        if (known.Count == 0 || !tokens.HasTags)
        {
            return;
        }

        // Which of those words the document also writes in lower case: looked up as spans, so no token is copied.
        var folded = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (char.IsLower(document.Text[tokens.Starts[k]]) && folded.TryGetValue(Text(document, k), out var word))
            {
                lowerCase.Add(word);
            }
        }

        var exact = known.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (covered[k] || !StartsUpper(document, k) || tokens.Upos[k] is not (UniversalPos.PROPN or UniversalPos.NOUN or UniversalPos.X)
                || (k > 0 && StartsUpper(document, k - 1) && char.IsLetter(document.Text[tokens.Starts[k - 1]]))
                || (k + 1 < tokens.Count && StartsUpper(document, k + 1) && char.IsLetter(document.Text[tokens.Starts[k + 1]])))
            {
                continue;
            }

            var word = Text(document, k);
            if (exact.Contains(word) && !lowerCase.Contains(word.ToString()) && word[1..].ContainsAnyInRange('a', 'z'))
            {
                names.Add(new MentionDraft
                {
                    First = k, End = k + 1, NameFirst = k, NameEnd = k + 1, Kind = MentionKind.Name, Type = EntityTypes.Person, Source = "name",
                });
            }
        }
    }

    /// <summary>
    /// "Her name was Duchess", "my name is Anna Berg": the capitalized words after a possessive's "name was" or "name is"
    /// are a person's name, though the recognizer took a title word ("Duchess") for none. Coreference gives the name to
    /// the possessor (<see cref="IsNamingPossessive"/>).
    /// </summary>
    private static void NamesGiven(Document document, List<MentionDraft> names)
    {
        var tokens = document.Tokens;
        for (var k = 0; k + 3 < tokens.Count; k++)
        {
            if (!IsNamingPossessive(document, k) || !StartsUpper(document, k + 3) || names.Exists(n => n.First <= k + 3 && k + 3 < n.End))
            {
                continue;
            }

            var end = k + 4;
            while (end < tokens.Count && end - k < 6 && StartsUpper(document, end) && char.IsLetter(document.Text[tokens.Starts[end]]))
            {
                end++;
            }

            names.Add(new MentionDraft
            {
                First = k + 3, End = end, NameFirst = k + 3, NameEnd = end, Kind = MentionKind.Name, Type = EntityTypes.Person, Source = "name",
            });
        }
    }

    /// <summary>True when <paramref name="token"/> is the possessive of "her name was …", "his name is …", "my name was …".</summary>
    public static bool IsNamingPossessive(Document document, int token) =>
        token + 2 < document.Tokens.Count && Text(document, token) is "his" or "her" or "His" or "Her" or "my" or "My"
        && Is(document, token + 1, "name") && (Is(document, token + 2, "was") || Is(document, token + 2, "is"));

    /// <summary>
    /// True when the text writes capitals: a few words inside sentences start with one. All-lower-case text (chat,
    /// some transcripts) gets no case rules, as the recognizer was trained on lower-cased copies for it.
    /// </summary>
    private static bool IsCased(Document document)
    {
        var tokens = document.Tokens;
        var capitalized = 0;
        for (var k = 1; k < tokens.Count && capitalized < 3; k++)
        {
            if (StartsUpper(document, k) && Text(document, k - 1) is not ("." or "!" or "?" or "\u201C" or "\"" or ":" or "\u2018" or "'"))
            {
                capitalized++;
            }
        }

        return capitalized >= 3;
    }

    private static bool StartsUpper(Document document, int token) => char.IsUpper(document.Text[document.Tokens.Starts[token]]);

    private static bool HasCapital(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (StartsUpper(document, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameParticle(Document document, int token) =>
        Text(document, token) is "al" or "el" or "bin" or "ibn" or "de" or "da" or "di" or "du" or "del" or "van" or "von" or "der" or "la" or "le";

    /// <summary>
    /// Where a recognized name really ends: at the first comma, bracket, quotation mark or sentence end inside it. A
    /// name the recognizer ran on ("Robert,” said my sister-in-law, who often …") is cut back to its words, and so
    /// is a capitalized name it ran into an adverb ("said Gregory sarcastically").
    /// </summary>
    private static int NameEnd(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        for (var k = first; k < end; k++)
        {
            var text = document.Text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            if (text is "," or "(" or ")" or "[" or "]" or "\"" or "\u201C" or "\u201D" or "\u2018" or "\u00AB" or "\u00BB" or "!" or "?" or ";" or ":"
                || (text is "." && k > first))
            {
                return k;
            }
        }

        while (end - first > 1 && tokens.HasTags && tokens.Upos[end - 1] == UniversalPos.ADV && char.IsLower(document.Text[tokens.Starts[end - 1]])
            && char.IsUpper(document.Text[tokens.Starts[first]]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The recognizer's names, merged with the knowledge base's aliases of actors the recognizer missed.</summary>
    private List<MentionDraft> Names(Document document, List<PhraseMatch> aliases, TokenMap map)
    {
        var names = new List<MentionDraft>();
        var cased = IsCased(document);
        HashSet<string>? writtenInside = null;
        if (document.GetSpans(LayerNames.EntityMentions) is { } layer)
        {
            foreach (var span in layer)
            {
                if (span.FirstToken < 0 || span.Label is not (EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location or EntityTypes.GeopoliticalEntity))
                {
                    continue;
                }

                var first = span.FirstToken;
                var end = NameEnd(document, span.FirstToken, span.EndToken);

                // In text that writes capitals, a name starts with one: "poor Florence" is Florence, and "bush" is no name.
                while (cased && first < end && !StartsUpper(document, first) && !IsNameParticle(document, first))
                {
                    first++;
                }

                if (end == first || (cased && !HasCapital(document, first, end)))
                {
                    continue;
                }

                // "… of Syria Faisal Mekdad": a country the recognizer ran into a person's name is not part of it; nor is a title ("Martyr Soleimani").
                if (span.Label == EntityTypes.Person)
                {
                    while (map.TitleEnd[first] > first && map.TitleEnd[first] < end)
                    {
                        first = map.TitleEnd[first];
                    }

                    foreach (var alias in aliases)
                    {
                        if (alias.FirstToken == first && alias.EndToken < end && NamesActor(alias.PhraseId))
                        {
                            first = alias.EndToken;
                            break;
                        }
                    }
                }

                if (span.Label == EntityTypes.Person && cased && end - first == 1 && NotAName(document, first, ref writtenInside))
                {
                    continue;
                }

                // "Uncle John", "Aunt Polly": a kinship word before a name is a title of it, as "Mr." is.
                var titleFirst = first;
                if (span.Label == EntityTypes.Person)
                {
                    if (end - first > 1 && KinshipTitles.Contains(Text(document, first).ToString()))
                    {
                        first++;
                    }
                    else if (first > 0 && KinshipTitles.Contains(Text(document, first - 1).ToString()) && char.IsUpper(Text(document, first - 1)[0]))
                    {
                        titleFirst = first - 1;
                    }
                }

                names.Add(new MentionDraft
                {
                    First = titleFirst, End = end, NameFirst = first, NameEnd = end,
                    Kind = MentionKind.Name, Type = span.Label, Source = "name",
                });
            }
        }

        if (cased)
        {
            CalledNames(document, map, names);
            PersonNamesAgain(document, names, aliases.FindAll(a => NamesActor(a.PhraseId)));
        }

        NamesGiven(document, names);
        SpeakingPlaces(document, map, names);

        foreach (var alias in aliases)
        {
            var overlapping = names.Find(n => n.First < alias.EndToken && alias.FirstToken < n.End);
            if (overlapping is not null)
            {
                // The alias holds the recognizer's name ("Assad" of "Bashar al-Assad"): take the alias's words.
                if (alias.FirstToken <= overlapping.First && alias.EndToken >= overlapping.End && !names.Exists(n => n != overlapping && n.First < alias.EndToken && alias.FirstToken < n.End))
                {
                    overlapping.First = overlapping.NameFirst = alias.FirstToken;
                    overlapping.End = overlapping.NameEnd = alias.EndToken;
                }

                continue;
            }

            if (!ActsAlone(alias) || (cased && !HasCapital(document, alias.FirstToken, alias.EndToken)))
            {
                continue; // "china" in a cased text is porcelain
            }

            // An alias inside a longer name ("Resistance" of "the Resistance Front") is not that name: the whole name is a mention of its own.
            var (runFirst, runEnd) = CapitalizedRun(document, map, alias.FirstToken, alias.EndToken);
            if ((runFirst < alias.FirstToken || runEnd > alias.EndToken) && !IsDemonym(alias.PhraseId))
            {
                if (!names.Exists(n => n.First < runEnd && runFirst < n.End))
                {
                    names.Add(new MentionDraft
                    {
                        First = runFirst, End = runEnd, NameFirst = runFirst, NameEnd = runEnd, Kind = MentionKind.Name, Type = null, Source = "capitalized-name",
                    });
                }

                continue;
            }

            names.Add(new MentionDraft
            {
                First = alias.FirstToken, End = alias.EndToken, NameFirst = alias.FirstToken, NameEnd = alias.EndToken,
                Kind = MentionKind.Name, Type = null, AliasPhrase = alias.PhraseId, Source = "kb-name",
            });
        }

        return names;
    }

    /// <summary>
    /// A capitalized word that opens its sentence (or a line of dialogue) is no one's name when it is an exclamation
    /// ("Hulloa, Emma!", "Lor, no!") or an abstract noun ("Matrimony, as the origin of change, …"), the document never
    /// capitalizes it anywhere else, and it is no known given name: the recognizer reads any capital there as a name,
    /// and a false one draws the pronouns around it.
    /// </summary>
    private static bool NotAName(Document document, int token, ref HashSet<string>? writtenInside)
    {
        if (!OpensSentence(document, token))
        {
            return false;
        }

        var word = Text(document, token);
        if (GivenNames.Of(word) != MentionAgreement.Unknown || !(Exclamations.Contains(word.ToString()) || AbstractNoun(word)))
        {
            return false;
        }

        if (writtenInside is null)
        {
            writtenInside = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < document.Tokens.Count; k++)
            {
                if (StartsUpper(document, k) && !OpensSentence(document, k))
                {
                    writtenInside.Add(Text(document, k).ToString());
                }
            }
        }

        return !writtenInside.Contains(word.ToString());
    }

    /// <summary>True when only quotation marks or dashes stand before <paramref name="token"/> in its sentence.</summary>
    private static bool OpensSentence(Document document, int token)
    {
        for (var k = SentenceStartOf(document, token); k < token; k++)
        {
            if (Text(document, k) is not ("\"" or "\u201C" or "\u2018" or "'" or "--" or "\u2014" or "_"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AbstractNoun(ReadOnlySpan<char> word) =>
        word.Length > 5 && (word.EndsWith("ity") || word.EndsWith("ness") || word.EndsWith("tion") || word.EndsWith("sion") || word.EndsWith("ment")
            || word.EndsWith("ism") || word.EndsWith("mony") || word.EndsWith("ship") || word.EndsWith("hood"));

    /// <summary>The run of capitalized name words around an alias, titles and sentence-initial words left out.</summary>
    private static (int First, int End) CapitalizedRun(Document document, TokenMap map, int first, int end)
    {
        var sentenceStart = SentenceStartOf(document, first);
        var sentenceEnd = SentenceEndOf(document, first);
        while (first - 1 > sentenceStart && IsNameWord(document, first - 1) && map.TitleStart[first - 1] < 0 && map.AliasStart[first - 1] < 0)
        {
            first--;
        }

        while (end < sentenceEnd && IsNameWord(document, end) && map.TitleEnd[end] < 0 && map.AliasStart[end] < 0)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>
    /// True when an alias the recognizer did not mark is an actor on its own: a country, capital, demonym, epithet,
    /// organisation or group, or a person's full name. Towns and regions need the recognizer's word.
    /// </summary>
    private bool ActsAlone(PhraseMatch alias)
    {
        foreach (var posting in _knowledge.PostingsOf(alias.PhraseId))
        {
            var kind = _knowledge.Entries[posting.Entry].Kind;
            if (posting.Kind is AliasKind.Surname)
            {
                continue;
            }

            if (posting.Kind is AliasKind.Demonym or AliasKind.DemonymPlural or AliasKind.Capital or AliasKind.SeatOfGovernment or AliasKind.Epithet
                || kind is EntryKind.Country or EntryKind.InternationalOrganization or EntryKind.ArmedGroup or EntryKind.PoliticalGroup
                    or EntryKind.Institution or EntryKind.NonGovernmentalOrganization
                || (kind == EntryKind.Person && alias.EndToken - alias.FirstToken >= 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title followed by capitalized words the recognizer left out is a person's name: "Foreign Minister Anna Berg".</summary>
    private static void NamesAfterTitles(Document document, TokenMap map, List<MentionDraft> names)
    {
        var tokens = document.Tokens;
        var taken = new bool[tokens.Count];
        foreach (var name in names)
        {
            for (var k = name.First; k < name.End; k++)
            {
                taken[k] = true;
            }
        }

        for (var start = 0; start < tokens.Count; start++)
        {
            var end = map.TitleEnd[start];
            if (end < 0 || end >= tokens.Count || taken[end] || map.Titles[start] is not { } title || CollectiveWords.Contains(title.Phrase))
            {
                continue;
            }

            var last = end;
            while (last < tokens.Count && last - end < MaximumNameAfterTitle && !taken[last] && IsNameWord(document, last) && !Ends(document, last))
            {
                last++;
            }

            if (last > end && !SameSentenceBreak(document, start, last))
            {
                names.Add(new MentionDraft
                {
                    First = end, End = last, NameFirst = end, NameEnd = last, Kind = MentionKind.Name, Type = EntityTypes.Person, Source = "title+name",
                });
                for (var k = end; k < last; k++)
                {
                    taken[k] = true;
                }
            }
        }

        // "said Aunt Polly": a capitalized kinship word and one name word the recognizer left out (and the tagger may
        // not call a proper noun: "Polly" is tagged an adverb).
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!taken[k] && !taken[k + 1] && KinshipTitles.Contains(Text(document, k).ToString()) && char.IsUpper(Text(document, k + 1)[0])
                && !(tokens.HasTags && tokens.Upos[k + 1] is UniversalPos.PRON or UniversalPos.DET or UniversalPos.ADP or UniversalPos.AUX or UniversalPos.CCONJ or UniversalPos.SCONJ or UniversalPos.PART or UniversalPos.PUNCT or UniversalPos.NUM)
                && !SameSentenceBreak(document, k, k + 2))
            {
                names.Add(new MentionDraft
                {
                    First = k, End = k + 2, NameFirst = k + 1, NameEnd = k + 2, Kind = MentionKind.Name, Type = EntityTypes.Person, Source = "title+name",
                });
                taken[k] = taken[k + 1] = true;
            }
        }
    }

    private bool IsPersonName(MentionDraft name)
    {
        if (name.Type is not null)
        {
            return name.Type == EntityTypes.Person;
        }

        if (name.AliasPhrase < 0)
        {
            return false;
        }

        foreach (var posting in _knowledge.PostingsOf(name.AliasPhrase))
        {
            if (posting.Kind != AliasKind.Surname && _knowledge.Entries[posting.Entry].Kind != EntryKind.Person)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Takes the titles before a person's name into the mention: "President Raisi", "Syrian Foreign Minister Faisal
    /// Mekdad", "Minister of Foreign Affairs of Syria Faisal Mekdad", "Iran's Foreign Minister X", "Lieutenant General X".
    /// </summary>
    private void ExtendOverTitles(Document document, TokenMap map, MentionDraft name)
    {
        var k = name.First;
        var sawTitle = false;
        while (k > 0)
        {
            var previous = k - 1;
            if (map.InName[previous])
            {
                break;
            }

            if (map.TitleStart[previous] is var titleStart and >= 0)
            {
                name.Title = Preferred(name.Title, map.Titles[titleStart]);
                k = titleStart;
                sawTitle = true;
                continue;
            }

            // "… of Syria" or "… of the United Nations" between a title and the name.
            if (map.AliasStart[previous] is var country and >= 0 && NamesActor(map.AliasPhrase[previous]) && country >= 2)
            {
                var of = country - 1;
                if (Is(document, of, "the") && of > 0)
                {
                    of--;
                }

                if (Is(document, of, "of") && of > 0 && map.TitleStart[of - 1] is var before and >= 0)
                {
                    name.Title = Preferred(name.Title, map.Titles[before]);
                    k = before;
                    sawTitle = true;
                    continue;
                }
            }

            if (!sawTitle)
            {
                break;
            }

            // A country, organisation or demonym before the titles: "Syrian", "UN", "Iran 's", or a name the knowledge base lacks ("Norland 's").
            var owner = previous;
            if (Is(document, owner, "'s") || Is(document, owner, "\u2019s"))
            {
                owner--;
            }

            if (owner >= 0 && map.AliasStart[owner] is var alias and >= 0 && NamesActor(map.AliasPhrase[owner]))
            {
                k = alias;
            }
            else if (owner >= 0 && owner < previous && IsNameWord(document, owner) && !IsSentenceStart(document, owner))
            {
                k = owner;
            }
            else if (owner == previous && IsNameWord(document, owner) && !IsSentenceStart(document, owner) && IsAdjectival(document, owner))
            {
                k = owner;
            }

            break;
        }

        name.First = k;
        if (sawTitle)
        {
            name.Source = "title+" + name.Source;
        }
    }

    /// <summary>"The two sides", "both countries": a group of two actors.</summary>
    private static void Groups(Document document, TokenMap map, List<MentionDraft> drafts)
    {
        var tokens = document.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            int first, noun;
            if (Is(document, i, "both"))
            {
                (first, noun) = (i, i + 1);
            }
            else if (Is(document, i, "two") && i > 0 && Is(document, i - 1, "the"))
            {
                (first, noun) = (i - 1, i + 1);
            }
            else
            {
                continue;
            }

            if (map.InName[noun] || !GroupNouns.Contains(Text(document, noun).ToString()))
            {
                continue;
            }

            drafts.Add(new MentionDraft
            {
                First = first, End = noun + 1, QueryFirst = first, QueryEnd = noun + 1, Kind = MentionKind.Nominal, GroupSize = 2,
                Agreement = MentionAgreement.Plural, Source = "group",
            });
            for (var k = first; k <= noun; k++)
            {
                map.InName[k] = true;
            }
        }
    }

    /// <summary>Descriptions headed by a person's title: "the President", "the Syrian diplomat", "The Norland minister", "Marsh's deputy".</summary>
    private static void Descriptions(Document document, TokenMap map, List<MentionDraft> drafts)
    {
        var tokens = document.Tokens;
        for (var start = 0; start < tokens.Count; start++)
        {
            var end = map.TitleEnd[start];
            if (end < 0 || map.Titles[start] is not { } title || (title.RoleCode is null && title.Office == Office.Unknown))
            {
                continue;
            }

            var head = end - 1;
            if (CollectiveWords.Contains(Text(document, head).ToString()) || CollectiveWords.Contains(title.Phrase) || Covered(map, start, end))
            {
                continue;
            }

            if (tokens.HasTags && tokens.Upos[head] is not (UniversalPos.NOUN or UniversalPos.PROPN))
            {
                continue;
            }

            var first = ModifiersBefore(document, map, start);
            if (first == start && !char.IsUpper(Text(document, start)[0]) && !(Plural(document, head) && PeopleWords.Contains(Text(document, head).ToString())))
            {
                continue; // a bare lower-case title ("as president", "peace of peoples") names no one in particular
            }

            if (NoOneInParticular(document, first))
            {
                continue;
            }

            var last = PhraseAfter(document, head);
            drafts.Add(new MentionDraft
            {
                First = first, End = last, QueryFirst = first, QueryEnd = end, Kind = MentionKind.Nominal, Title = title,
                Agreement = Plural(document, head) ? MentionAgreement.Plural
                    : InstitutionWords.Contains(Text(document, head).ToString()) ? MentionAgreement.Neuter : MentionAgreement.Unknown,
                IsIndefinite = Is(document, first, "a") || Is(document, first, "an") || (Plural(document, head) && !Is(document, first, "the")),
                Source = "description",
            });
            start = end - 1;
        }
    }

    /// <summary>
    /// A determiner, adjectives and a person noun: "the boy", "an old woman", "his elder sister". Not an office (those
    /// are <see cref="Descriptions"/>), so no actor code; a singular one is a person for coreference and speakers.
    /// </summary>
    private static void PersonDescriptions(Document document, TokenMap map, List<MentionDraft> drafts)
    {
        var tokens = document.Tokens;
        if (!tokens.HasTags)
        {
            return;
        }

        var taken = new bool[tokens.Count];
        foreach (var draft in drafts)
        {
            taken.AsSpan(draft.First, draft.End - draft.First).Fill(true);
        }

        for (var head = 1; head < tokens.Count; head++)
        {
            if (tokens.Upos[head] != UniversalPos.NOUN || taken[head] || map.InName[head] || map.TitleEnd[head] >= 0 || map.TitleStart[head] >= 0
                || !PersonNouns.Contains(Text(document, head).ToString()) || Plural(document, head))
            {
                continue;
            }

            // Back over up to three adjectives or compound nouns ("his step-son", "the bus driver") to the determiner that
            // must open the phrase.
            var first = head - 1;
            while (first > 0 && head - first <= 4 && !taken[first] && (tokens.Upos[first] == UniversalPos.ADJ
                || (tokens.Upos[first] == UniversalPos.NOUN && tokens.HasDependencies && tokens.Relations[first] == "compound")
                || (tokens.HasTags && tokens.Xpos[first] == "HYPH")))
            {
                first--;
            }

            if (taken[first] || !Determiners.Contains(Text(document, first).ToString()) || NoOneInParticular(document, first))
            {
                continue;
            }

            drafts.Add(new MentionDraft
            {
                First = first, End = head + 1, QueryFirst = first, QueryEnd = head + 1, Kind = MentionKind.Nominal,
                Type = EntityTypes.Person, IsIndefinite = Is(document, first, "a") || Is(document, first, "an"), Source = "person-description",
            });
        }
    }

    /// <summary>The first token of a description's determiner and modifiers before its title.</summary>
    private static int ModifiersBefore(Document document, TokenMap map, int title)
    {
        var tokens = document.Tokens;
        var k = title;
        var sentence = SentenceStartOf(document, title);
        while (k - 1 >= sentence)
        {
            var previous = k - 1;
            var text = Text(document, previous);
            if (Determiners.Contains(text.ToString()))
            {
                return previous;
            }

            if ((text is "'s" or "\u2019s") && previous - 1 >= sentence)
            {
                // A possessor: "Marsh 's deputy", "Iran 's envoy".
                var owner = previous - 1;
                while (owner - 1 >= sentence && map.InName[owner - 1] && map.InName[owner])
                {
                    owner--;
                }

                return map.AliasStart[previous - 1] is var alias and >= 0 ? alias : owner;
            }

            if (map.AliasStart[previous] is var country and >= 0 && !map.InName[previous])
            {
                k = country;
                continue;
            }

            // A place or organisation named before the title: "The Norland minister", "the Hamas negotiator".
            if (map.InName[previous])
            {
                if (map.PlaceName[previous] >= 0)
                {
                    k = map.PlaceName[previous];
                    continue;
                }

                break;
            }

            var upos = tokens.HasTags ? tokens.Upos[previous] : UniversalPos.None;
            // One noun compounded onto the title right after a determiner is its modifier: "the parish surgeon", "the
            // village priest". Not a shadow office, which is the opposition's, not the office's holder.
            if (k == title && upos is UniversalPos.NOUN && tokens.HasDependencies && tokens.Relations[previous] == "compound" && tokens.Heads[previous] == title
                && previous - 1 >= sentence && Determiners.Contains(Text(document, previous - 1).ToString()) && !map.InName[previous] && !Is(document, previous, "shadow"))
            {
                return previous - 1;
            }

            if (upos is UniversalPos.ADJ || (upos is UniversalPos.PROPN && IsNameWord(document, previous)) || (upos is UniversalPos.NOUN && map.TitleStart[previous] >= 0))
            {
                k = previous;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>The end of the "of …"/"from …"/"in …" phrase after a description's head: "the special envoy of Valdoria", "officials from both countries".</summary>
    private static int PhraseAfter(Document document, int head)
    {
        var tokens = document.Tokens;
        var end = head + 1;
        if (!tokens.HasDependencies || end >= tokens.Count || !(Is(document, end, "of") || Is(document, end, "from") || Is(document, end, "in") || Is(document, end, "at")))
        {
            return end;
        }

        var sentenceEnd = SentenceEndOf(document, head);
        var last = head;
        for (var k = head + 1; k < sentenceEnd && k - head <= 8; k++)
        {
            if (Ends(document, k) || !Dominates(tokens, head, k, out var child) || tokens.Relations[child] is not { } relation || !relation.StartsWith("nmod", StringComparison.Ordinal))
            {
                break;
            }

            last = k;
        }

        return last + 1;
    }

    private static void Pronouns(Document document, List<MentionDraft> drafts)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PronounAgreement(Text(document, i)) is not (var agreement and not MentionAgreement.Unknown))
            {
                continue;
            }

            if (tokens.HasTags && tokens.Upos[i] is not (UniversalPos.PRON or UniversalPos.DET))
            {
                continue;
            }

            // "It is important to…": a pleonastic it refers to nothing.
            if (tokens.HasDependencies && tokens.Relations[i] is "expl")
            {
                continue;
            }

            drafts.Add(new MentionDraft { First = i, End = i + 1, Kind = MentionKind.Pronoun, Agreement = agreement, Source = "pronoun" });
        }
    }

    /// <summary>Per token, whether it ends a title or is a noun for a person ("the mayor", "his wife").</summary>
    private static bool[] PersonWords(Document document, TokenMap map)
    {
        var personNouns = PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new bool[document.Tokens.Count];
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = map.TitleStart[k] >= 0 || personNouns.Contains(Text(document, k));
        }

        return words;
    }

    /// <summary>The mention's head: the token inside it whose parse head lies outside it; without a parse, the name's (or title's) last token.</summary>
    private static int HeadOf(Document document, MentionDraft draft)
    {
        var tokens = document.Tokens;
        var fallback = draft.NameEnd > 0 ? draft.NameEnd - 1 : draft.QueryEnd > 0 ? draft.QueryEnd - 1 : draft.End - 1;
        if (!tokens.HasDependencies)
        {
            return fallback;
        }

        // "the boy half cried": a parse that hangs the noun on a word past the span leaves the article as the first
        // token pointing outside; the noun after it is the head.
        var found = -1;
        for (var k = draft.First; k < draft.End; k++)
        {
            var head = tokens.Heads[k];
            if (head < draft.First || head >= draft.End)
            {
                if (!tokens.HasTags || tokens.Upos[k] is not UniversalPos.DET)
                {
                    return k;
                }

                found = found < 0 ? k : found;
            }
        }

        return found >= 0 && tokens.HasTags && tokens.Upos[draft.End - 1] is UniversalPos.NOUN or UniversalPos.PROPN ? draft.End - 1 : found >= 0 ? found : fallback;
    }

    private static bool Dominates(TokenTable tokens, int head, int token, out int child)
    {
        child = token;
        for (var steps = 0; steps < 12; steps++)
        {
            var parent = tokens.Heads[child];
            if (parent == head)
            {
                return true;
            }

            if (parent < 0)
            {
                return false;
            }

            child = parent;
        }

        return false;
    }

    private bool IsDemonym(int phraseId)
    {
        foreach (var posting in _knowledge.PostingsOf(phraseId))
        {
            if (posting.Kind is not (AliasKind.Demonym or AliasKind.DemonymPlural))
            {
                return false;
            }
        }

        return true;
    }

    private bool NamesActor(int phraseId)
    {
        foreach (var posting in _knowledge.PostingsOf(phraseId))
        {
            if (IsActorPosting(posting))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An alias of a state, an international body or an institution, or a demonym: a name that acts.</summary>
    private bool IsActorPosting(AliasPosting posting) =>
        _knowledge.Entries[posting.Entry].Kind is EntryKind.Country or EntryKind.InternationalOrganization or EntryKind.Institution
        || posting.Kind is AliasKind.Demonym;

    private static Title? Preferred(Title? current, Title? candidate) =>
        current is null || (current.Office == Office.Unknown && candidate?.Office != Office.Unknown) || current.RoleCode is null ? candidate ?? current : current;

    private static bool Covered(TokenMap map, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (map.InName[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Masculine or feminine when a description's head or a title before a name says so; else unknown.</summary>
    private static MentionAgreement GenderOf(Document document, MentionDraft draft)
    {
        if (draft.Kind == MentionKind.Nominal)
        {
            return draft.Head >= 0 && GenderWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Text(document, draft.Head), out var gender) ? gender : MentionAgreement.Unknown;
        }

        // A person's name: the titles before it, or an honorific the recognizer took into the name ("Mrs Lind").
        var titled = draft.NameFirst > draft.First;
        if (draft.Kind != MentionKind.Name || !(titled || draft.Type == EntityTypes.Person))
        {
            return MentionAgreement.Unknown;
        }

        var lookup = GenderWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = titled ? draft.NameFirst : draft.End - 1;
        for (var k = draft.First; k < end; k++)
        {
            if (lookup.TryGetValue(Text(document, k).TrimEnd('.'), out var gender))
            {
                return gender;
            }
        }

        // A given name that belongs to one gender ("Elizabeth", "Thomas Hale"); a surname alone says nothing.
        var nameFirst = titled ? draft.NameFirst : draft.First;
        return draft.Type == EntityTypes.Person && nameFirst < draft.End ? GivenNames.Of(Text(document, nameFirst)) : MentionAgreement.Unknown;
    }

    private static FrozenDictionary<string, MentionAgreement> GenderTable()
    {
        string[] feminine =
        [
            "mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "duchess", "countess", "empress", "baroness",
            "woman", "girl", "mother", "wife", "daughter", "sister", "aunt", "niece", "grandmother", "granddaughter", "widow", "bride",
            "actress", "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "stepmother", "mum", "mom", "nun",
            "lass", "maid", "maiden", "landlady", "housekeeper", "governess", "gentlewoman", "mistress", "heroine", "waitress",
            "stepdaughter", "fiancée", "maidservant", "spinster", "matron", "hostess", "auntie", "granny", "grandma",
        ];
        string[] masculine =
        [
            "mr", "sir", "lord", "king", "prince", "duke", "earl", "emperor", "baron", "sultan", "emir", "sheikh",
            "man", "boy", "father", "husband", "son", "brother", "uncle", "nephew", "grandfather", "grandson", "widower", "groom",
            "chairman", "spokesman", "congressman", "businessman", "stepfather", "dad", "monk",
            "lad", "gentleman", "fellow", "landlord", "master", "squire", "waiter", "bachelor",
            "stepson", "bridegroom", "grandpa", "footman", "policeman", "fisherman", "boatman", "cabman", "postman", "workman", "Frenchman",
            "Englishman", "Irishman", "Scotsman", "Dutchman", "Welshman",
        ];
        return GivenNames.GenderTable(feminine, masculine, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"no other woman", "every minister", "such a lady": a description of no one in particular.</summary>
    private static bool NoOneInParticular(Document document, int first) =>
        Quantifiers.Contains(Text(document, first).ToString())
        || (first > 0 && (Quantifiers.Contains(Text(document, first - 1).ToString()) || Is(document, first - 1, "such")));

    /// <summary>
    /// One capitalized word that is the plural of a name the document also uses alone ("the Rassendylls" and "Baron
    /// Rassendyll", "the Bennets" and "Mr. Bennet"): after "the", a family.
    /// </summary>
    private static bool FamilyName(Document document, MentionDraft draft)
    {
        var word = Text(document, draft.NameFirst);
        if (draft.NameEnd - draft.NameFirst != 1 || word.Length < 4 || word[^1] != 's' || word[^2] == 's')
        {
            return false;
        }

        var singular = word[..^1];
        for (var k = 0; k < document.Tokens.Count; k++)
        {
            if (Text(document, k).SequenceEqual(singular))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Plural(Document document, int token) =>
        document.Tokens.HasTags && document.Tokens.Xpos[token] is "NNS" or "NNPS";

    private static bool IsAdjectival(Document document, int token) =>
        !document.Tokens.HasTags || document.Tokens.Upos[token] is UniversalPos.ADJ or UniversalPos.PROPN;

    private static bool IsNameWord(Document document, int token)
    {
        var text = Text(document, token);
        return text.Length > 0 && char.IsUpper(text[0]) && (!document.Tokens.HasTags || document.Tokens.Upos[token] is UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.X);
    }

    private static bool Ends(Document document, int token) => Text(document, token) is "." or "," or ";" or ":";

    private static bool SameSentenceBreak(Document document, int first, int end) =>
        document.Sentences.Count > 0 && document.Sentences.IndexOfToken(first) != document.Sentences.IndexOfToken(end - 1);

    private static bool IsSentenceStart(Document document, int token) => SentenceStartOf(document, token) == token;

    private static int SentenceStartOf(Document document, int token)
    {
        var index = document.Sentences.IndexOfToken(token);
        return index >= 0 ? document.Sentences[index].FirstToken : 0;
    }

    private static int SentenceEndOf(Document document, int token)
    {
        var index = document.Sentences.IndexOfToken(token);
        return index >= 0 ? document.Sentences[index].EndToken : document.Tokens.Count;
    }

    private static bool Is(Document document, int token, string word) =>
        token >= 0 && token < document.Tokens.Count && Text(document, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Text(Document document, int token) =>
        document.Text.AsSpan(document.Tokens.Starts[token], document.Tokens.Ends[token] - document.Tokens.Starts[token]);

    /// <summary>Per-token facts for one document: where titles and aliases start and end, and which tokens names hold.</summary>
    private sealed class TokenMap
    {
        public TokenMap(int count)
        {
            TitleEnd = Filled(count);
            TitleStart = Filled(count);
            AliasStart = Filled(count);
            AliasPhrase = Filled(count);
            Titles = new Title?[count];
            InName = new bool[count];
            PlaceName = Filled(count);
        }

        /// <summary>For a token that starts a title, one past its last token.</summary>
        public int[] TitleEnd { get; }

        /// <summary>For a title's last token, its first token.</summary>
        public int[] TitleStart { get; }

        /// <summary>For a token that starts a title, the title.</summary>
        public Title?[] Titles { get; }

        /// <summary>For an alias's last token, its first token.</summary>
        public int[] AliasStart { get; }

        /// <summary>For an alias's last token, its phrase id.</summary>
        public int[] AliasPhrase { get; }

        /// <summary>True for the tokens of a name mention (with its titles) or a group.</summary>
        public bool[] InName { get; }

        /// <summary>For the tokens of a name that is not a person's, the name's first token; else -1.</summary>
        public int[] PlaceName { get; }

        private static int[] Filled(int count)
        {
            var array = new int[count];
            Array.Fill(array, -1);
            return array;
        }
    }
}
