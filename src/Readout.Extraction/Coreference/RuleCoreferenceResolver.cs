using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Extraction.Entities;
using Readout.Extraction.Quotations;
using Readout.Knowledge.Actors;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Coreference;

/// <summary>
/// Groups a document's linked mentions into entities with deterministic rules, each mention recording the rule that
/// attached it: the same knowledge-base entry (capitals, demonyms and epithets of a state included), the same name, a
/// surname, an apposition, a description by title ("the President", "the Syrian diplomat"), a pronoun by agreement and
/// salience, and groups of two ("the two sides").
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="KnowledgeBaseLinker.LinkedMentionsLayer"/>
/// (the dependency parse is used when present, for subjects and appositions). Produces: <see cref="LayerNames.Entities"/>.
/// Mentions are read in text order, so a rule only looks back, except a headline's description ("Mediator says…"),
/// which may name the person introduced after it. Thread-safe: it holds no per-document state.
/// </remarks>
public sealed class RuleCoreferenceResolver : IComponent
{
    private const int PronounSentenceWindow = 6;
    private const int DescriptionSentenceWindow = 12;

    // The very same definite description ("the boy" … "the boy") reaches further, a chapter or so: a story keeps calling
    // one person so, and a nearer person so called is found first.
    private const int SameDescriptionSentenceWindow = 100;

    // How far back a named person may be the only one a "the girl" can mean.
    private const int SoleNamedSentenceWindow = 3;

    // What knowing whose "step-son" the last one was outweighs: a sentence of distance and a subject's salience.
    private const double SameRelationWeight = 15;

    // What a person of the pronoun's gender one sentence back outweighs: a lone indefinite of unknown gender.
    private const double GenericIndefinitePenalty = 12;

    // Words that say no more of a person than sex and age ("the girl"), unlike "the mother" or "his wife", which say whose.
    private static readonly HashSet<string> GenderNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "man", "woman", "girl", "boy", "lady", "gentleman", "lad", "lass",
    };

    // Words for a young person ("the child" may be the boy or the girl met before); the sex they tell is the word's own.
    private static readonly HashSet<string> YoungWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "child", "youngster", "urchin", "boy", "lad", "girl", "lass",
    };

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences, KnowledgeBaseLinker.LinkedMentionsLayer];
    private static readonly string[] ProducedLayers = [LayerNames.Entities];

    // Title words a description may use for a holder of another title: "the diplomat" for a foreign minister or envoy.
    private static readonly Dictionary<string, string[]> TitleSynonyms = new(StringComparer.Ordinal)
    {
        ["diplomat"] = ["minister", "secretary", "ambassador", "envoy", "diplomat"],
        ["envoy"] = ["ambassador", "envoy", "representative"],
        ["official"] = ["minister", "spokesman", "spokeswoman", "spokesperson", "official", "secretary", "ambassador", "envoy"],
        ["premier"] = ["minister", "premier"],
    };

    // A noun for what a title says the person is: "Parson Tringham … the clergyman", "Dr. Archie … the physician".
    private static readonly Dictionary<string, string[]> RoleSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clergyman"] = ["parson", "reverend", "vicar", "rector", "curate", "father", "pastor"],
        ["priest"] = ["father", "reverend"],
        ["physician"] = ["doctor"],
        ["surgeon"] = ["doctor"],
        ["officer"] = ["captain", "lieutenant", "major", "colonel", "sergeant", "corporal", "inspector"],
        ["soldier"] = ["sergeant", "corporal", "private"],
        ["policeman"] = ["constable", "sergeant", "inspector"],
    };

    /// <inheritdoc />
    public string Name => "rule-coreference-resolver";

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
        var mentions = document.Get(KnowledgeBaseLinker.Mentions) ?? [];
        var clusters = new List<MentionCluster>();
        var clusterOf = new Dictionary<LinkedMention, MentionCluster>(ReferenceEqualityComparer.Instance);
        var inMention = new bool[document.Tokens.Count];
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Pronoun)
            {
                inMention.AsSpan(mention.FirstToken, mention.EndToken - mention.FirstToken).Fill(true);
            }
        }

        var quoted = QuotedTokens(document);
        var narration = NarrationSentenceNumbers(document, quoted);
        var fullNames = FullNamesBySurname(document, mentions);
        var named = new Dictionary<string, List<MentionCluster>>(StringComparer.OrdinalIgnoreCase);
        var relationAt = RelationalDescriptions.ByPossessive(document, mentions, quoted);
        var possessorOf = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var relation = mention.Kind == MentionKind.Pronoun ? relationAt.GetValueOrDefault(mention.FirstToken) : null;
            var (cluster, rule) = mention.Kind switch
            {
                MentionKind.Pronoun => Pronoun(document, mention, clusters, inMention, quoted, narration, relation is null ? null : possessorOf.GetValueOrDefault(relation)?.Root),
                _ when mention.GroupSize > 0 => Group(document, mention, clusters),
                MentionKind.Nominal => Description(document, mention, clusters, clusterOf),
                _ => NameMention(document, mention, clusters, clusterOf, named, fullNames),
            };

            if (cluster is null && (mention.Kind == MentionKind.Pronoun || mention.GroupSize > 0))
            {
                continue; // a pronoun or group with no referent in sight
            }

            if (relation is not null && cluster is not null)
            {
                possessorOf[relation] = cluster;
            }

            if (cluster is null)
            {
                cluster = new MentionCluster(clusters.Count);
                clusters.Add(cluster);
                rule = mention.Rule;
            }

            cluster.Add(mention, rule!, document, adoptLink: rule != "surname" || NamedAs(cluster, mention.KnowledgeBaseName));
            clusterOf[mention] = cluster;
            if (mention.Kind == MentionKind.Name)
            {
                var text = NameText(document, mention);
                if (!named.TryGetValue(text, out var holders))
                {
                    named[text] = holders = [];
                }

                // Each cluster once: a name said a thousand times in a novel keeps a list of the few it names.
                if (!holders.Exists(h => h.Root == cluster.Root))
                {
                    holders.Add(cluster);
                }
            }
        }

        Narrator(document, clusters, quoted);
        NamesGivenInNarration(document, mentions, clusterOf, clusters);
        RelationalDescriptions.Join(document, mentions, clusterOf, clusters, quoted);
        Cataphora(document, clusters);
        document.Set(AnnotationLayers.Entities, EntityBuilder.Build(document, clusters));
    }

    /// <summary>A name: the same knowledge-base entry, an apposition, the same name, or a surname of a person named before.</summary>
    private static (MentionCluster? Cluster, string? Rule) NameMention(Document document, LinkedMention mention, List<MentionCluster> clusters,
        Dictionary<LinkedMention, MentionCluster> clusterOf, Dictionary<string, List<MentionCluster>> byName, Dictionary<string, HashSet<string>> fullNames)
    {
        MentionCluster? sameEntry = null;
        if (mention.KnowledgeBaseId is { } id)
        {
            sameEntry = clusters.Find(c => c.MergedInto is null && c.KnowledgeBaseId == id);
        }

        // A surname the knowledge base resolved alone ("Martyr Soleimani") defers to the person the document named with it.
        if (sameEntry is null && mention.Type == EntityTypes.Person && mention.Rule.Contains("surname", StringComparison.Ordinal)
            && SurnameAntecedent(document, mention, clusters) is { } named)
        {
            return (named, "surname");
        }

        if (Apposition(document, mention, clusterOf) is { } appositive && appositive.Root is var target && target.Mentions.Count > 0
            && (target.KnowledgeBaseId is null || target.KnowledgeBaseId == mention.KnowledgeBaseId) && target.IsPerson == (mention.Type == EntityTypes.Person))
        {
            if (sameEntry is not null && sameEntry != target)
            {
                sameEntry.Absorb(target, "apposition", document);
                return (sameEntry, "apposition");
            }

            return (target, "apposition");
        }

        if (sameEntry is not null)
        {
            return (sameEntry, "same-entry:" + LastPart(mention.Rule));
        }

        if (mention.KnowledgeBaseId is not null)
        {
            return (null, null);
        }

        // The open cluster that holds the same name (each name was filed under the cluster it joined, which may since
        // have merged into another). Of several, the one the name is most often said of ("Mr Pontifex" again and again, "Mrs
        // Pontifex" now and then: "old Pontifex" is he), then the latest made.
        if (byName.TryGetValue(NameText(document, mention), out var holders))
        {
            var holding = holders.Select(h => h.Root).Distinct().Where(c => c.HasName && Compatible(c.Type, mention.Type) && !NamedOtherGender(mention, c)).ToList();
            if (holding.Count > 1)
            {
                holding = [.. holding.OrderByDescending(c => c.Mentions.Count(m => m.Mention.Kind == MentionKind.Name)).ThenByDescending(c => c.Index)];
            }

            if (holding.Count > 0)
            {
                return (holding[0], "same-name");
            }
        }

        if (mention.Type == EntityTypes.Person && SurnameAntecedent(document, mention, clusters) is { } person)
        {
            return (person, "surname");
        }

        if (mention.Type == EntityTypes.Person && GivenNameAntecedent(document, mention, clusters, fullNames) is { } called)
        {
            // "Hallward … Basil … Basil Hallward": the full name is the one person both were.
            if (SurnameBefore(document, mention, clusters, fullNames) is { } alone && alone.Root != called.Root)
            {
                called.Root.Absorb(alone.Root, "full-name", document);
            }

            return (called, "given-name");
        }

        if (mention.Type == EntityTypes.Person && SurnameBefore(document, mention, clusters, fullNames) is { } surnamed)
        {
            return (surnamed, "full-name");
        }

        return mention.Type == EntityTypes.Person && DescribedBefore(document, mention, clusters) is { } described ? (described, "name:description") : (null, null);
    }

    /// <summary>
    /// The one person called before only by the given name this full name opens with: "'Not well, Florence.' …
    /// said Florence Linden". Not a surname: "Mr. Linden … Florence Linden" are two people of one family. A first word
    /// the list of given names lacks ("her son, Ogden … Ogden Ford") counts for a person who has taken a he or she, when
    /// nobody in the document has it as a surname, by a title ("Mr. Ogden") or at the end of a full name.
    /// </summary>
    private static MentionCluster? GivenNameAntecedent(Document document, LinkedMention mention, List<MentionCluster> clusters, Dictionary<string, HashSet<string>> fullNames)
    {
        var (first, end) = mention.Name;
        if (first < 0 || end - first < 2)
        {
            return null;
        }

        var given = Words(document, first);
        var listed = GivenNames.Of(given) != MentionAgreement.Unknown;
        if (!listed && (fullNames.ContainsKey(given.ToLowerInvariant()) || !char.IsUpper(given[0])))
        {
            return null;
        }

        MentionCluster? found = null;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is null && cluster.HasName && cluster.IsPerson && cluster.KnowledgeBaseId is null && cluster.NameWords.Count == 1
                && cluster.NameWords.Contains(given.ToLowerInvariant()) && !NamedOtherGender(mention, cluster)
                && (listed || (cluster.Mentions.Exists(m => m.Mention.Agreement is MentionAgreement.Masculine or MentionAgreement.Feminine)
                    && !cluster.Mentions.Exists(m => m.Mention.Kind == MentionKind.Name && m.Mention.Name.First > m.Mention.FirstToken))))
            {
                if (found is not null)
                {
                    return null;
                }

                found = cluster;
            }
        }

        return found;
    }

    /// <summary>For each surname, the full names (two words or more) of people the document names with it.</summary>
    private static Dictionary<string, HashSet<string>> FullNamesBySurname(Document document, IReadOnlyList<LinkedMention> mentions)
    {
        var bySurname = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var (first, end) = mention.Name;
            if (mention.Kind != MentionKind.Name || mention.Type != EntityTypes.Person || first < 0 || end - first < 2)
            {
                continue;
            }

            var surname = Words(document, end - 1).ToLowerInvariant();
            if (!bySurname.TryGetValue(surname, out var names))
            {
                bySurname[surname] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            names.Add(NameText(document, mention));
        }

        return bySurname;
    }

    /// <summary>
    /// The one person called before only by the surname this full name ends with: a headline's "Campbell: …" and then
    /// "Alastair Campbell said". Not when the document names another person with that surname ("William Morel",
    /// "Walter Morel"): the bare surname could be either.
    /// </summary>
    private static MentionCluster? SurnameBefore(Document document, LinkedMention mention, List<MentionCluster> clusters, Dictionary<string, HashSet<string>> fullNames)
    {
        var (first, end) = mention.Name;
        if (first < 0 || end - first < 2)
        {
            return null;
        }

        var surname = Words(document, end - 1).ToLowerInvariant();
        if (!fullNames.TryGetValue(surname, out var holders) || holders.Count > 1)
        {
            return null;
        }

        MentionCluster? found = null;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null || !cluster.HasName || !cluster.IsPerson || !cluster.NameWords.Contains(surname))
            {
                continue;
            }

            if (cluster.NameWords.Count > 1 || found is not null || cluster.KnowledgeBaseId is not null || NamedOtherGender(mention, cluster))
            {
                return null;
            }

            found = cluster;
        }

        return found;
    }

    /// <summary>
    /// A person described before they are named by the title their name carries: "the parson … Parson Tringham", "the
    /// doctor … Dr Archie". Only a definite description with no name yet, and only a word before the surname.
    /// </summary>
    private static MentionCluster? DescribedBefore(Document document, LinkedMention name, List<MentionCluster> clusters)
    {
        var sentence = SentenceOf(document, name.FirstToken);
        var described = ByRecency(document, clusters, sentence).FindAll(c => !c.HasName && c.IsPerson && !c.IsPlural && sentence - LastSentence(document, c) <= DescriptionSentenceWindow);
        for (var k = name.FirstToken; k < name.EndToken - 1 && described.Count > 0; k++)
        {
            var word = TitleNoun(Words(document, k));
            foreach (var cluster in described)
            {
                if (cluster.Mentions.Exists(m => m.Mention.Kind == MentionKind.Nominal && m.Mention.Title is null && IsDefinite(document, m.Mention)
                    && string.Equals(TitleNoun(Words(document, m.Mention.HeadToken)), word, StringComparison.OrdinalIgnoreCase)))
                {
                    return cluster;
                }
            }
        }

        return null;
    }

    private static bool IsDefinite(Document document, LinkedMention mention) =>
        mention.FirstToken >= 0 && string.Equals(Words(document, mention.FirstToken), "the", StringComparison.OrdinalIgnoreCase);

    /// <summary>A title as the noun it abbreviates: "Dr." is "doctor".</summary>
    private static string TitleNoun(string word) => word.TrimEnd('.').ToLowerInvariant() switch
    {
        "dr" => "doctor",
        "prof" => "professor",
        "capt" => "captain",
        "col" => "colonel",
        "gen" => "general",
        "sgt" => "sergeant",
        "rev" => "reverend",
        var other => other,
    };

    /// <summary>
    /// True when every name word of <paramref name="cluster"/> is in the knowledge-base name <paramref name="linked"/>
    /// (or is a familiar form of one): "Mr. Linden" linked by surname to an office holder does not make the document's
    /// John Linden that person.
    /// </summary>
    private static bool NamedAs(MentionCluster cluster, string? linked) => linked is null || Hypocorisms.AllIn(cluster.NameWords, linked);

    /// <summary>The one person named before whose name holds this mention's words ("Mekdad", "Martyr Soleimani"); null when none or several.</summary>
    private static MentionCluster? SurnameAntecedent(Document document, LinkedMention mention, List<MentionCluster> clusters)
    {
        MentionCluster? found = null;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is null && cluster.HasName && cluster.IsPerson && !NamedOtherGender(mention, cluster) && NameWordsWithin(document, mention, cluster))
            {
                if (found is not null)
                {
                    return null;
                }

                found = cluster;
            }
        }

        return found;
    }

    /// <summary>A description: an apposition, the person the knowledge base says holds the office, or the last person with that title.</summary>
    private static (MentionCluster? Cluster, string? Rule) Description(Document document, LinkedMention mention, List<MentionCluster> clusters, Dictionary<LinkedMention, MentionCluster> clusterOf)
    {
        if (Apposition(document, mention, clusterOf) is { } appositive && appositive.Root.Mentions.Count > 0)
        {
            return (appositive.Root, "apposition");
        }

        if (Predicate(document, mention, clusterOf) is { } subject)
        {
            return (subject, "predicate");
        }

        if (mention.KnowledgeBaseId is { } id)
        {
            var holder = clusters.Find(c => c.MergedInto is null && c.KnowledgeBaseId == id);
            return holder is null ? (null, null) : (holder, "title:office-holder");
        }

        var text = document.Text[mention.Range.Start..mention.Range.End];
        if (YoungPersonBefore(document, mention, clusters) is { } young)
        {
            return (young, "same-kind");
        }

        if (mention.Title is null && !mention.IsIndefinite && mention.Type == EntityTypes.Person)
        {
            return PersonDescription(document, mention, text, clusters);
        }

        if (mention.IsIndefinite || mention.Title is null || HasAppositive(document, mention))
        {
            return (null, null);
        }

        // The same description again ("Marsh's deputy" … "Marsh's deputy").
        var same = clusters.FindLast(c => c.MergedInto is null && c.Mentions.Exists(m => m.Mention.Kind == MentionKind.Nominal
            && string.Equals(document.Text[m.Mention.Range.Start..m.Mention.Range.End], text, StringComparison.OrdinalIgnoreCase)));
        if (same is not null)
        {
            return (same, "same-description");
        }

        // A possessor makes a new referent: "Marsh's deputy" is not Marsh.
        if (text.Contains("'s ", StringComparison.Ordinal) || text.Contains("\u2019s ", StringComparison.Ordinal) || mention.Agreement == MentionAgreement.Plural)
        {
            return (null, null);
        }

        var sentence = SentenceOf(document, mention.FirstToken);
        var word = MentionCluster.LastWord(mention.Title.Phrase);
        foreach (var cluster in ByRecency(document, clusters, sentence))
        {
            if (!cluster.IsPerson || cluster.IsPlural || cluster.Members.Count > 0 || sentence - LastSentence(document, cluster) > DescriptionSentenceWindow)
            {
                continue;
            }

            if (mention.Country is { } country && cluster.Country is { } own && country != own)
            {
                continue;
            }

            // "The opposition leader" (OPP) is not the foreign minister (GOV).
            if (mention.Title.RoleCode is { } role && cluster.Roles.Count > 0 && !cluster.Roles.Contains(role))
            {
                continue;
            }

            if (TitleFits(word, mention.Title.Office, cluster))
            {
                return (cluster, "title");
            }

            // "Parson Tringham … the clergyman": a title the name carries that the knowledge base does not list.
            if (IsDefinite(document, mention) && cluster.HasName && cluster.Mentions.Exists(m => m.Mention.Kind == MentionKind.Name && NameCarriesTitle(document, m.Mention, word)))
            {
                return (cluster, "title-word");
            }
        }

        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && mention.Type == EntityTypes.Person ? SoleNamedOfGender(document, sentence, word, clusters) : (null, null);
    }

    /// <summary>A pronoun: the most salient compatible referent of this or the last few sentences (subjects first).</summary>
    /// <remarks>
    /// <paramref name="related"/> is who the last "his step-son" (the same relational description this pronoun opens)
    /// was of: in view, the same man's step-son is far likelier than a new one, however salient another man is.
    /// </remarks>
    private static (MentionCluster? Cluster, string? Rule) Pronoun(Document document, LinkedMention pronoun, List<MentionCluster> clusters, bool[] inMention, bool[] quoted, int[] narration, MentionCluster? related = null)
    {
        var tokens = document.Tokens;
        var pronounQuoted = quoted[pronoun.FirstToken];
        var pronounMainSubject = pronoun.HeadToken >= 0 && IsSubject(tokens, pronoun.HeadToken) && IsMainClause(tokens, pronoun.HeadToken);
        var rawSentence = SentenceOf(document, pronoun.FirstToken);

        // The narration's "he" counts its distance in sentences of narration: the lines of dialogue between it and
        // its referent hold no mention it may take, and a long speech must not push the referent out of sight.
        var numbers = pronounQuoted || narration.Length == 0 ? null : narration;
        var sentence = Numbered(numbers, rawSentence);
        var window = WindowOf(tokens, pronoun);
        var windowStart = window < 0 ? int.MaxValue : document.Sentences.Count == 0 ? 0 : document.Sentences[FirstSentenceWithin(rawSentence, window, numbers)].FirstToken;
        // "'My dear Mr. Bennet,' said his lady to him": after a quotation that calls someone by name, a his or him of
        // the sentence's narration is the person addressed (never the speaker, who is the attribution's subject).
        var gendered = pronoun.Agreement is MentionAgreement.Masculine or MentionAgreement.Feminine;
        var attributionObject = gendered && !pronounQuoted && !IsSubject(tokens, pronoun.HeadToken);
        // "'Kitty has no discretion in her coughs,' said her father": the possessor in an attribution is the one person
        // of that gender the quotation names, when it names exactly one.
        var sentenceStart = document.Sentences.Count == 0 ? 0 : document.Sentences[rawSentence].FirstToken;
        var possessive = attributionObject && pronoun.HeadToken >= 0 && tokens.HasDependencies && tokens.Relations[pronoun.HeadToken] == "nmod:poss"
            && Array.IndexOf(quoted, true, sentenceStart, pronoun.FirstToken - sentenceStart) >= 0;
        if (possessive)
        {
            MentionCluster? only = null;
            var several = false;
            foreach (var raw in clusters)
            {
                if (raw.MergedInto is null && raw.HasName && raw.LastToken >= sentenceStart && Agrees(pronoun, raw) && raw.Mentions.Exists(m => m.Mention.Kind == MentionKind.Name
                    && m.Mention.FirstToken >= sentenceStart && quoted[m.Mention.FirstToken] && m.Mention.EndToken <= pronoun.FirstToken))
                {
                    several |= only is not null;
                    only = raw;
                }
            }

            if (only is not null && !several)
            {
                return (only, "pronoun:quoted-possessor");
            }
        }

        MentionCluster? best = null;
        var bestScore = double.NegativeInfinity;
        string? bestRule = null;
        foreach (var raw in clusters)
        {
            // A cluster last seen before the window has no mention the pronoun may take: skip it before reading its mentions.
            if (raw.MergedInto is not null || raw.Mentions.Count == 0 || raw.LastToken < windowStart || !Agrees(pronoun, raw)
                || raw.Mentions.Exists(m => quoted[m.Mention.FirstToken] == pronounQuoted && SameClauseSubject(document, pronoun, m.Mention)))
            {
                continue;
            }

            foreach (var (mention, _) in raw.Mentions)
            {
                if (attributionObject && mention.IsVocative && quoted[mention.FirstToken] && mention.EndToken <= pronoun.FirstToken
                    && SentenceOf(document, mention.FirstToken) == rawSentence)
                {
                    return (raw, "pronoun:addressee");
                }

                // The person addressed ("Thank you, Mr. Smith.") is the listener, not the one "he" or "she" speaks of.
                if (mention.EndToken > pronoun.FirstToken || mention.IsVocative || mention.Kind == MentionKind.Pronoun && mention.Agreement != pronoun.Agreement)
                {
                    continue;
                }

                // A name inside someone's quotation is mostly who they speak to or about, not who the narration's
                // "he" is: "'Good night, Sir John,' said the parson. … he said" is the parson.
                if (quoted[mention.FirstToken] && !pronounQuoted)
                {
                    continue;
                }

                var distance = sentence - Numbered(numbers, SentenceOf(document, mention.FirstToken));
                if (distance > window || (pronoun.Agreement == MentionAgreement.Neuter && SubjectBetween(tokens, inMention, mention.EndToken, pronoun.FirstToken)))
                {
                    continue;
                }

                var subject = IsSubject(tokens, mention.HeadToken);
                var score = -10.0 * distance + (subject ? 5 : 0) + (subject && IsMainClause(tokens, mention.HeadToken) ? 3 : 0);

                // A named person is more salient than one only described ("the boy", "our friend"), and a referent
                // mentioned often more than one met once: a biography's "he" after "… whom he met, the Earl of
                // Clare" is still its subject (the weight, 1 per doubling, chosen on GUM dev: 2 and 3 scored lower).
                score += raw.HasName ? 2 : 0;
                score += Math.Log2(raw.Mentions.Count);

                // Someone met once in passing ("returning from a journey to a patient") is seldom who the next
                // sentences' "he" is about: an indefinite non-subject that nothing took up since.
                if (distance > 0 && !subject && mention.IsIndefinite && raw.Mentions.Count == 1)
                {
                    score -= 6;
                }

                // "A guest to stop at Iping in winter was a piece of luck … she": a generic "a guest" of no known gender
                // seldom becomes the "he" or "she" of the narration while a person of that gender is in view ("A woman"
                // has one, by its word).
                if (gendered && raw.Mentions.Count == 1 && mention.IsIndefinite && !raw.HasName && raw.Gender == MentionAgreement.Unknown
                    && MentionFinder.WordAgreement(Words(document, mention.EndToken - 1)) == MentionAgreement.Unknown)
                {
                    score -= GenericIndefinitePenalty;
                }

                // "Placed in the care of Dr Bailey, he …": the subject of a main clause is seldom a non-subject of
                // the clause fronted before it; the topic of the sentences before is the better guess.
                if (distance == 0 && !subject && pronounMainSubject)
                {
                    score -= 8;
                }

                // In an earlier sentence the first mention is the most salient (Hobbs); in the same one, the nearest.
                score += distance == 0 ? mention.FirstToken * 0.001 : -mention.FirstToken * 0.001;
                if (raw == related)
                {
                    score += SameRelationWeight;
                }

                if (score > bestScore)
                {
                    best = raw;
                    bestScore = score;
                    bestRule = raw == related ? "pronoun:same-relation" : subject ? "pronoun:subject" : "pronoun:recent";
                }
            }
        }

        // Only a speaker's pronoun ("…," she said) falls back on the protagonist: someone present must be speaking.
        if (best is null && pronoun.Agreement is MentionAgreement.Masculine or MentionAgreement.Feminine && !pronounQuoted && NextToQuotation(quoted, pronoun))
        {
            return (Protagonist(pronoun, clusters), "pronoun:protagonist");
        }

        return (best, bestRule);
    }

    /// <summary>
    /// "Her name was Duchess": the name joins the referent of the possessive before it; "The young man named George":
    /// the name joins the description it follows.
    /// </summary>
    private static void NamesGivenInNarration(Document document, IReadOnlyList<LinkedMention> mentions, Dictionary<LinkedMention, MentionCluster> clusterOf, List<MentionCluster> clusters)
    {
        LinkedMention? previous = null;
        foreach (var mention in mentions)
        {
            var described = previous;
            if (mention.Kind != MentionKind.Pronoun)
            {
                previous = mention;
            }

            if (mention.Kind != MentionKind.Name || !clusterOf.TryGetValue(mention, out var named))
            {
                continue;
            }

            if (described is { Kind: MentionKind.Nominal, Type: EntityTypes.Person } && described.EndToken == mention.FirstToken - 1
                && Words(document, described.EndToken) is "named" && clusterOf.TryGetValue(described, out var description) && description.Root != named.Root)
            {
                named.Root.Absorb(description.Root, "name:named", document);
                continue;
            }

            if (mention.FirstToken < 3 || !MentionFinder.IsNamingPossessive(document, mention.FirstToken - 3))
            {
                continue;
            }

            var possessive = mention.FirstToken - 3;
            var owner = clusters.Find(c => c.MergedInto is null && c.Mentions.Exists(m => m.Mention.FirstToken == possessive && m.Mention.Kind == MentionKind.Pronoun));
            if (owner is not null && owner != named.Root)
            {
                owner.Absorb(named.Root, "name:given", document);
            }
        }
    }

    /// <summary>A sentence's number: its index, or its count of narration sentences when <paramref name="numbers"/> is given.</summary>
    private static int Numbered(int[]? numbers, int sentence) => numbers is null ? sentence : numbers[sentence];

    /// <summary>The earliest sentence no more than <paramref name="window"/> numbered sentences before <paramref name="sentence"/>.</summary>
    private static int FirstSentenceWithin(int sentence, int window, int[]? numbers)
    {
        var first = sentence;
        while (first > 0 && Numbered(numbers, sentence) - Numbered(numbers, first - 1) <= window)
        {
            first--;
        }

        return first;
    }

    /// <summary>For each sentence, how many sentences up to it have a word outside quotation marks.</summary>
    private static int[] NarrationSentenceNumbers(Document document, bool[] quoted)
    {
        var sentences = document.Sentences;
        var numbers = new int[sentences.Count];
        var count = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!quoted[k] && char.IsLetterOrDigit(document.Text[document.Tokens.Starts[k]]))
                {
                    count++;
                    break;
                }
            }

            numbers[s] = count;
        }

        return numbers;
    }

    private static bool NextToQuotation(bool[] quoted, LinkedMention pronoun)
    {
        for (var k = Math.Max(0, pronoun.FirstToken - 3); k < Math.Min(quoted.Length, pronoun.EndToken + 3); k++)
        {
            if (quoted[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A "he" or "she" with nobody in the last sentences: the person of that gender the text has been about, when one
    /// stands out (named, mentioned at least three times, twice as often as the next of the gender).
    /// </summary>
    private static MentionCluster? Protagonist(LinkedMention pronoun, List<MentionCluster> clusters)
    {
        MentionCluster? first = null;
        int firstCount = 0, secondCount = 0;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null || !cluster.HasName || cluster.Gender != pronoun.Agreement || !Agrees(pronoun, cluster))
            {
                continue;
            }

            var count = cluster.Mentions.Count(m => m.Mention.EndToken <= pronoun.FirstToken);
            if (count > firstCount)
            {
                (first, firstCount, secondCount) = (cluster, count, firstCount);
            }
            else if (count > secondCount)
            {
                secondCount = count;
            }
        }

        return firstCount >= 3 && firstCount >= 2 * secondCount ? first : null;
    }

    /// <summary>
    /// A person described by what they are: the same description again ("his wife" … "his wife"), or "the boy" for
    /// the latest person described with the same noun ("a boy … the boy", "an old man … the man").
    /// </summary>
    private static (MentionCluster? Cluster, string? Rule) PersonDescription(Document document, LinkedMention mention, string text, List<MentionCluster> clusters)
    {
        var sentence = SentenceOf(document, mention.FirstToken);
        var head = Words(document, mention.HeadToken);
        var definite = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        foreach (var cluster in ByRecency(document, clusters, sentence, SameDescriptionSentenceWindow))
        {
            var near = sentence - LastSentence(document, cluster) <= DescriptionSentenceWindow;
            if (!cluster.IsPerson || cluster.IsPlural)
            {
                continue;
            }

            foreach (var (other, _) in cluster.Mentions)
            {
                if (other.Kind != MentionKind.Nominal || (!near && !(definite && string.Equals(document.Text[other.Range.Start..other.Range.End], text, StringComparison.OrdinalIgnoreCase))))
                {
                    continue;
                }

                var otherText = document.Text[other.Range.Start..other.Range.End];
                if (string.Equals(otherText, text, StringComparison.OrdinalIgnoreCase))
                {
                    return (cluster, "same-description");
                }

                if (definite && other.Title is null && string.Equals(Words(document, other.HeadToken), head, StringComparison.OrdinalIgnoreCase))
                {
                    return (cluster, "same-head");
                }
            }

            // "Parson Tringham … the parson", "Dr Archie … the doctor": the noun is the title the person's name carries.
            if (near && definite && cluster.HasName && cluster.Mentions.Exists(m => m.Mention.Kind == MentionKind.Name && NameCarriesTitle(document, m.Mention, head)))
            {
                return (cluster, "title-word");
            }
        }

        return definite ? SoleNamedOfGender(document, sentence, head, clusters) : (null, null);
    }

    /// <summary>
    /// "a small boy came along the path … 'Will you give me a lump of sugar?' asked the child": a definite child, boy or
    /// girl is the one young person described in the last three sentences, when exactly one is (a boy is no girl).
    /// </summary>
    private static MentionCluster? YoungPersonBefore(Document document, LinkedMention mention, List<MentionCluster> clusters)
    {
        var word = Words(document, mention.EndToken - 1);
        if (!IsDefinite(document, mention) || mention.EndToken - mention.FirstToken != 2 || !YoungWords.Contains(word))
        {
            return null;
        }

        var sex = MentionFinder.WordAgreement(word);

        var sentence = SentenceOf(document, mention.FirstToken);
        MentionCluster? found = null;
        foreach (var cluster in ByRecency(document, clusters, sentence))
        {
            if (!cluster.IsPerson || cluster.IsPlural)
            {
                continue;
            }

            foreach (var (other, _) in cluster.Mentions)
            {
                if (other.Kind == MentionKind.Nominal && sentence - SentenceOf(document, other.FirstToken) <= SoleNamedSentenceWindow
                    && Words(document, other.HeadToken) is var head && YoungWords.Contains(head)
                    && MentionFinder.WordAgreement(head) is var otherSex && (sex == MentionAgreement.Unknown || otherSex == MentionAgreement.Unknown || sex == otherSex))
                {
                    if (found is not null && found != cluster)
                    {
                        return null;
                    }

                    found = cluster;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "Lucy … 'I am so glad,' said the girl": a definite description by a word of gender is the one named person of that
    /// gender in the last sentences, when there is exactly one.
    /// </summary>
    private static (MentionCluster? Cluster, string? Rule) SoleNamedOfGender(Document document, int sentence, string head, List<MentionCluster> clusters)
    {
        var gender = MentionFinder.WordAgreement(head);
        if (gender is not (MentionAgreement.Masculine or MentionAgreement.Feminine) || !GenderNouns.Contains(head))
        {
            return (null, null);
        }

        MentionCluster? sole = null;
        foreach (var cluster in ByRecency(document, clusters, sentence, SoleNamedSentenceWindow))
        {
            if (!cluster.IsPerson || cluster.IsPlural || sentence - LastSentence(document, cluster) > SoleNamedSentenceWindow)
            {
                continue;
            }

            var own = cluster.Gender != MentionAgreement.Unknown ? cluster.Gender
                : cluster.Mentions.Select(m => m.Mention.Kind == MentionKind.Nominal ? MentionFinder.WordAgreement(Words(document, m.Mention.EndToken - 1)) : MentionAgreement.Unknown)
                    .FirstOrDefault(a => a != MentionAgreement.Unknown);
            if (own != gender)
            {
                continue;
            }

            // Someone else of that sex in view, named or not ("his youngest daughter … the girl"), may be the one meant.
            if (!cluster.HasName || (sole is not null && sole != cluster))
            {
                return (null, null);
            }

            sole = cluster;
        }

        return sole is null ? (null, null) : (sole, "description:sole-named");
    }

    private static bool NameCarriesTitle(Document document, LinkedMention name, string noun)
    {
        for (var k = name.FirstToken; k < name.EndToken - 1; k++)
        {
            var title = TitleNoun(Words(document, k));
            if (string.Equals(title, noun, StringComparison.OrdinalIgnoreCase)
                || (RoleSynonyms.TryGetValue(noun, out var synonyms) && synonyms.Contains(title)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Words(Document document, int token) =>
        token < 0 ? string.Empty : document.Text[document.Tokens.Starts[token]..document.Tokens.Ends[token]];

    /// <summary>Tokens inside quotation marks (the marks included) and in dialogue a dash opens ("— Back to barracks!").</summary>
    private static bool[] QuotedTokens(Document document)
    {
        var quoted = new bool[document.Tokens.Count];
        foreach (var span in QuotationMarkScanner.Find(document).Concat(DashDialogue.Find(document)))
        {
            var end = span.CloseToken >= 0 ? span.CloseToken + 1 : document.Tokens.IndexAtOrAfter(span.ContentEnd);
            for (var k = span.OpenToken; k < end && k < quoted.Length; k++)
            {
                quoted[k] = true;
            }
        }

        return quoted;
    }

    /// <summary>
    /// How many sentences back a pronoun may look: six for he and she; "its" and a subject "it" stay in their sentence;
    /// a subject "they" looks one back; other uses of "it" ("calling it dangerous") and "they" are too vague to resolve.
    /// </summary>
    private static int WindowOf(TokenTable tokens, LinkedMention pronoun)
    {
        if (pronoun.Agreement is MentionAgreement.Masculine or MentionAgreement.Feminine)
        {
            return PronounSentenceWindow;
        }

        var relation = tokens.HasDependencies ? tokens.Relations[pronoun.HeadToken] : null;
        if (relation == "nmod:poss")
        {
            return 0;
        }

        // "Iran said it would respond": a subject "it" finds its referent in its own sentence; a subject "they" may look one back.
        if (relation is null || !relation.StartsWith("nsubj", StringComparison.Ordinal))
        {
            return -1;
        }

        return pronoun.Agreement == MentionAgreement.Neuter ? 0 : 1;
    }

    /// <summary>True when a clause subject that is no entity stands between a candidate and "its": "no country should interfere in its neighbours' affairs".</summary>
    private static bool SubjectBetween(TokenTable tokens, bool[] inMention, int from, int to)
    {
        if (!tokens.HasDependencies)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!inMention[k] && tokens.Relations[k] is { } relation && relation.StartsWith("nsubj", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The two sides", "both countries": the two most recent distinct referents of a fitting kind.</summary>
    private static (MentionCluster? Cluster, string? Rule) Group(Document document, LinkedMention group, List<MentionCluster> clusters)
    {
        var noun = document.Text[document.Tokens.Starts[group.EndToken - 1]..document.Tokens.Ends[group.EndToken - 1]].ToLowerInvariant();
        var wantStates = noun is "countries" or "nations" or "states" or "governments" or "capitals" or "neighbours" or "neighbors" or "allies";
        var wantPeople = noun is "leaders" or "ministers" or "presidents" or "delegations";
        var members = new List<MentionCluster>();
        var places = new List<MentionCluster>();
        foreach (var (_, cluster) in RecentMentions(clusters, group.FirstToken))
        {
            if (cluster.IsPlural || members.Contains(cluster) || places.Contains(cluster) || cluster.Members.Count > 0)
            {
                continue;
            }

            if (wantStates)
            {
                // A state: linked to a country, or a place name the knowledge base does not know ("Norland"); towns only fill in.
                var state = cluster.KnowledgeBaseKind == Knowledge.EntryKind.Country
                    || (cluster.KnowledgeBaseId is null && cluster.Type is EntityTypes.Location or EntityTypes.GeopoliticalEntity or EntityTypes.Nationality);
                if (state)
                {
                    members.Add(cluster);
                }
                else if (cluster.Type is EntityTypes.GeopoliticalEntity or EntityTypes.Location)
                {
                    places.Add(cluster);
                }
            }
            else if (wantPeople ? cluster.IsPerson : cluster.Type is EntityTypes.GeopoliticalEntity or EntityTypes.Organization or EntityTypes.Nationality)
            {
                members.Add(cluster);
            }

            if (members.Count == group.GroupSize)
            {
                break;
            }
        }

        foreach (var place in places)
        {
            if (members.Count < group.GroupSize)
            {
                members.Add(place);
            }
        }

        if (members.Count < group.GroupSize)
        {
            return (null, null);
        }

        var existing = clusters.Find(c => c.MergedInto is null && c.Members.Count == members.Count && members.TrueForAll(c.Members.Contains));
        if (existing is not null)
        {
            return (existing, "group:same-members");
        }

        var created = new MentionCluster(clusters.Count) { IsPlural = true, Type = members[0].Type == members[1].Type ? members[0].Type : EntityTypes.Organization };
        created.Members.AddRange(members.OrderBy(m => m.Index));
        clusters.Add(created);
        return (created, "group:two");
    }

    /// <summary>
    /// The narration's own "I/me/my", "we/us/our" and "you/your" (outside every quotation) are one referent each: the
    /// narrator or author (<c>pronoun:narrator</c>), their group (<c>pronoun:narrator-we</c>), the reader
    /// (<c>pronoun:reader</c>). A single one is left alone, as a stray word in a news story says little.
    /// </summary>
    private static void Narrator(Document document, List<MentionCluster> clusters, bool[] quoted)
    {
        var tokens = document.Tokens;
        List<int> singular = [], plural = [], second = [];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (quoted[k])
            {
                continue;
            }

            var list = PersonalPronouns.Of(document.Text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k])) switch
            {
                PronounPerson.FirstSingular => singular,
                PronounPerson.FirstPlural => plural,
                PronounPerson.Second => second,
                _ => null,
            };
            list?.Add(k);
        }

        Gather(document, clusters, singular, "pronoun:narrator");
        Gather(document, clusters, plural, "pronoun:narrator-we");
        Gather(document, clusters, second, "pronoun:reader");
    }

    private static void Gather(Document document, List<MentionCluster> clusters, List<int> found, string rule)
    {
        if (found.Count < 2)
        {
            return;
        }

        var tokens = document.Tokens;
        var referent = new MentionCluster(clusters.Count) { Type = EntityTypes.Person };
        clusters.Add(referent);
        foreach (var k in found)
        {
            referent.Add(new LinkedMention
            {
                Range = new TextRange(tokens.Starts[k], tokens.Ends[k]), FirstToken = k, EndToken = k + 1, HeadToken = k,
                Kind = MentionKind.Pronoun, Type = EntityTypes.Person, Rule = rule,
            }, rule, document);
        }
    }

    /// <summary>A headline's description ("Mediator says…") names the person the story introduces with that title.</summary>
    private static void Cataphora(Document document, List<MentionCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null || cluster.HasName || cluster.Mentions.Count != 1 || cluster.Mentions[0].Mention is not { Kind: MentionKind.Nominal, Title: { } title } description
                || SentenceOf(document, description.FirstToken) > 1 || description.IsIndefinite || description.Agreement == MentionAgreement.Plural)
            {
                continue;
            }

            var word = MentionCluster.LastWord(title.Phrase);
            var later = clusters.Find(c => c != cluster && c.MergedInto is null && c.HasName && c.IsPerson && c.TitleWords.Contains(word));
            later?.Absorb(cluster, "title:cataphora", document);
        }
    }

    private static IEnumerable<(LinkedMention Mention, MentionCluster Cluster)> RecentMentions(List<MentionCluster> clusters, int before)
    {
        var all = new List<(LinkedMention, MentionCluster)>();
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null)
            {
                continue;
            }

            foreach (var (mention, _) in cluster.Mentions)
            {
                if (mention.EndToken <= before && mention.Kind != MentionKind.Pronoun)
                {
                    all.Add((mention, cluster));
                }
            }
        }

        all.Sort((a, b) => b.Item1.FirstToken.CompareTo(a.Item1.FirstToken));
        return all;
    }

    private static bool Agrees(LinkedMention pronoun, MentionCluster cluster) => pronoun.Agreement switch
    {
        MentionAgreement.Masculine or MentionAgreement.Feminine =>
            cluster.IsPerson && !cluster.IsPlural && cluster.Members.Count == 0 && (cluster.Gender == MentionAgreement.Unknown || cluster.Gender == pronoun.Agreement),
        MentionAgreement.Neuter => cluster.Type is EntityTypes.GeopoliticalEntity or EntityTypes.Organization && cluster.Members.Count == 0,
        MentionAgreement.Plural => cluster.Members.Count > 0,
        _ => false,
    };

    private static bool TitleFits(string word, Office office, MentionCluster cluster)
    {
        if (cluster.TitleWords.Contains(word) || cluster.TitleWords.Any(t => TitleNoun(t) == TitleNoun(word)))
        {
            return true;
        }

        if (TitleSynonyms.TryGetValue(word, out var synonyms))
        {
            foreach (var synonym in synonyms)
            {
                if (cluster.TitleWords.Contains(synonym))
                {
                    return true;
                }
            }
        }

        // "The minister" for a foreign or defence minister.
        return office == Office.Minister && (cluster.Offices.Contains(Office.ForeignMinister) || cluster.Offices.Contains(Office.DefenseMinister) || cluster.Offices.Contains(Office.Minister));
    }

    /// <summary>
    /// The cluster of the phrase an appositive stands beside: "the special envoy of Valdoria, Pieter Haas" (the parser may
    /// hang the appositive on any word of the phrase, or on the comma), preferring a referent of the appositive's kind.
    /// </summary>
    private static MentionCluster? Apposition(Document document, LinkedMention mention, Dictionary<LinkedMention, MentionCluster> clusterOf)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies || tokens.Relations[mention.HeadToken] != "appos")
        {
            return null;
        }

        var governor = GovernorOf(tokens, mention.HeadToken);
        MentionCluster? found = null;
        var foundLength = 0;
        foreach (var (other, cluster) in clusterOf)
        {
            if (other.Kind == MentionKind.Pronoun || governor < other.FirstToken || governor >= other.EndToken || !OnlyPunctuationBetween(document, other.EndToken, mention.FirstToken))
            {
                continue;
            }

            var fits = cluster.Root.IsPerson == (mention.Type == EntityTypes.Person);
            var length = (other.EndToken - other.FirstToken) + (fits ? 1000 : 0);
            if (length > foundLength)
            {
                found = cluster;
                foundLength = length;
            }
        }

        return found;
    }

    /// <summary>
    /// "He was a very active lad": an indefinite description of a person after a copula is its subject, so a later "the
    /// lad" finds him by its noun. Not when negated ("he was no hero", "she is not a doctor").
    /// </summary>
    private static MentionCluster? Predicate(Document document, LinkedMention mention, Dictionary<LinkedMention, MentionCluster> clusterOf)
    {
        var tokens = document.Tokens;
        var head = mention.HeadToken;
        if (!tokens.HasDependencies || head < 0 || !mention.IsIndefinite || mention.Type != EntityTypes.Person || mention.Agreement == MentionAgreement.Plural)
        {
            return null;
        }

        var sentence = SentenceOf(document, head);
        var (first, end) = document.Sentences.Count == 0 ? (0, tokens.Count) : (document.Sentences[sentence].FirstToken, document.Sentences[sentence].EndToken);
        int subject = -1, copula = -1;
        for (var k = first; k < end; k++)
        {
            if (tokens.Heads[k] != head)
            {
                continue;
            }

            var relation = tokens.Relations[k];
            if (relation == "cop")
            {
                copula = k;
            }
            else if (relation is "nsubj")
            {
                subject = k;
            }
            else if (relation is "advmod" or "neg" && Words(document, k).ToLowerInvariant() is "not" or "n't" or "never")
            {
                return null;
            }
        }

        if (subject < 0 || copula < subject || copula > mention.FirstToken)
        {
            return null;
        }

        foreach (var (other, cluster) in clusterOf)
        {
            if (other.HeadToken == subject && cluster.Root.IsPerson && !cluster.Root.IsPlural)
            {
                return cluster.Root;
            }
        }

        return null;
    }

    /// <summary>True when a name stands in apposition to the description ("The opposition leader, Mara Lind"): the name, not an earlier title holder, is its referent.</summary>
    private static bool HasAppositive(Document document, LinkedMention description)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies)
        {
            return false;
        }

        var end = Math.Min(tokens.Count, description.EndToken + 3);
        for (var k = description.EndToken; k < end; k++)
        {
            var governor = GovernorOf(tokens, k);
            if (tokens.Relations[k] == "appos" && governor >= description.FirstToken && governor < description.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A token's head, skipping punctuation the parser used as a head.</summary>
    private static int GovernorOf(TokenTable tokens, int token)
    {
        var governor = tokens.Heads[token];
        while (governor >= 0 && tokens.HasTags && tokens.Upos[governor] == UniversalPos.PUNCT)
        {
            governor = tokens.Heads[governor];
        }

        return governor;
    }

    private static bool OnlyPunctuationBetween(Document document, int end, int start)
    {
        if (start - end > 2)
        {
            return false;
        }

        for (var k = end; k < start; k++)
        {
            if (char.IsLetterOrDigit(document.Text[document.Tokens.Starts[k]]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NameWordsWithin(Document document, LinkedMention mention, MentionCluster cluster)
    {
        var (first, end) = mention.Name;
        if (first < 0 || end - first > 2)
        {
            return false;
        }

        var familiar = false;
        for (var k = first; k < end; k++)
        {
            var word = document.Text[document.Tokens.Starts[k]..document.Tokens.Ends[k]].ToLowerInvariant();
            if (word.Length > 1 && char.IsLetter(word[0]) && !cluster.NameWords.Contains(word))
            {
                // "Harry" for Lord Henry Wotton, "Jack Durbeyfield" for John Durbeyfield.
                if (!Hypocorisms.StandsForOneOf(word, cluster.NameWords))
                {
                    return false;
                }

                familiar = true;
            }
        }

        return cluster.NameWords.Count > end - first || (familiar && cluster.NameWords.Count == end - first);
    }

    /// <summary>
    /// True when a gendered name ("Mrs. Haldane") cannot be the cluster's person ("Mrs. Bennet" is not "Mr. Bennet"): one
    /// of its names has the other gender,
    /// or it has no gendered name and every he or she it took is of the other gender ("Tomas Haldane … His mother").
    /// </summary>
    private static bool NamedOtherGender(LinkedMention name, MentionCluster cluster)
    {
        if (name.Agreement is not (MentionAgreement.Masculine or MentionAgreement.Feminine))
        {
            return false;
        }

        var named = false;
        var pronouns = 0;
        var otherPronouns = 0;
        foreach (var (mention, _) in cluster.Mentions)
        {
            if (mention.Agreement is not (MentionAgreement.Masculine or MentionAgreement.Feminine))
            {
                continue;
            }

            if (mention.Kind == MentionKind.Name)
            {
                if (mention.Agreement != name.Agreement)
                {
                    return true;
                }

                named = true;
            }
            else if (mention.Kind == MentionKind.Pronoun)
            {
                pronouns++;
                otherPronouns += mention.Agreement != name.Agreement ? 1 : 0;
            }
        }

        return !named && pronouns > 0 && otherPronouns == pronouns;
    }

    private static bool Compatible(string? a, string? b) =>
        a == b || a is null || b is null || (a is EntityTypes.Location or EntityTypes.GeopoliticalEntity && b is EntityTypes.Location or EntityTypes.GeopoliticalEntity);

    /// <summary>An object, oblique or dislocated phrase of a verb ("To Holmes she is …" may parse "Holmes" as dislocated).</summary>
    private static bool IsNonSubjectArgument(string relation) =>
        relation is "obj" or "iobj" or "obl" or "dislocated" || relation.StartsWith("obl:", StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="pronoun"/> is an object of the verb whose subject is <paramref name="candidate"/>: "The
    /// diplomat thanked him" cannot mean the diplomat thanked himself; a reflexive ("himself") is the one that can.
    /// </summary>
    private static bool SameClauseSubject(Document document, LinkedMention pronoun, LinkedMention candidate)
    {
        var tokens = document.Tokens;
        var text = document.Text.AsSpan(pronoun.Range.Start, pronoun.Range.End - pronoun.Range.Start);
        if (!tokens.HasDependencies || text.EndsWith("self", StringComparison.OrdinalIgnoreCase) || text.EndsWith("selves", StringComparison.OrdinalIgnoreCase) || candidate.HeadToken < 0 || pronoun.HeadToken < 0
            || tokens.Relations[pronoun.HeadToken] is not { } pronounRelation || tokens.Relations[candidate.HeadToken] is not { } relation)
        {
            return false;
        }

        // "The diplomat thanked him", and the other way round: "To Holmes she is always the woman" cannot make her Holmes.
        var objectOfSubject = IsNonSubjectArgument(pronounRelation) && relation.StartsWith("nsubj", StringComparison.Ordinal);
        var subjectOfObject = pronounRelation.StartsWith("nsubj", StringComparison.Ordinal) && IsNonSubjectArgument(relation);
        var verb = tokens.Heads[pronoun.HeadToken];
        return (objectOfSubject || subjectOfObject) && verb >= 0 && verb == tokens.Heads[candidate.HeadToken];
    }

    private static bool IsSubject(TokenTable tokens, int head)
    {
        if (!tokens.HasDependencies || tokens.Relations[head] is not { } relation)
        {
            return false;
        }

        if (relation.StartsWith("nsubj", StringComparison.Ordinal))
        {
            return true;
        }

        // "Her Sudmark counterpart, Tomas Viljo, said": the appositive of a subject is the subject.
        return relation == "appos" && tokens.Heads[head] is var governor and >= 0 && tokens.Relations[governor] is { } outer && outer.StartsWith("nsubj", StringComparison.Ordinal);
    }

    private static bool IsMainClause(TokenTable tokens, int head)
    {
        var governor = tokens.Heads[head];
        if (tokens.Relations[head] == "appos" && governor >= 0)
        {
            governor = tokens.Heads[governor];
        }

        return governor < 0 || tokens.Heads[governor] < 0 || tokens.Relations[governor] is "conj" or "parataxis";
    }

    /// <summary>
    /// Open clusters mentioned within the description window before <paramref name="sentence"/>, the most recently
    /// mentioned first. A cluster whose latest token lies before the window cannot qualify, so it is dropped before the
    /// sort: on a novel-length document that keeps each look-up to the few clusters in sight, not all of them.
    /// </summary>
    private static List<MentionCluster> ByRecency(Document document, List<MentionCluster> clusters, int sentence, int window = DescriptionSentenceWindow)
    {
        var from = document.Sentences.Count == 0 ? 0 : document.Sentences[Math.Max(0, sentence - window)].FirstToken;
        var open = clusters.FindAll(c => c.MergedInto is null && c.Mentions.Count > 0 && c.LastToken >= from);
        open.Sort((a, b) => b.Mentions[^1].Mention.FirstToken != a.Mentions[^1].Mention.FirstToken
            ? b.Mentions[^1].Mention.FirstToken.CompareTo(a.Mentions[^1].Mention.FirstToken)
            : a.Index.CompareTo(b.Index));
        return open;
    }

    private static int LastSentence(Document document, MentionCluster cluster) => SentenceOf(document, cluster.Mentions[^1].Mention.FirstToken);

    private static int SentenceOf(Document document, int token) => Math.Max(0, document.Sentences.IndexOfToken(token));

    private static string NameText(Document document, LinkedMention mention)
    {
        var (first, end) = mention.Name;
        return first < 0
            ? document.Text[mention.Range.Start..mention.Range.End]
            : document.Text[document.Tokens.Starts[first]..document.Tokens.Ends[end - 1]];
    }

    private static string LastPart(string rule)
    {
        var plus = rule.LastIndexOf('+');
        return plus < 0 ? rule : rule[(plus + 1)..];
    }
}
