using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Entities;

namespace Readout.Extraction.Coreference;

/// <summary>
/// People described by how they relate to someone ("his wife", "her father", "my mother"): one referent per possessor
/// and relation however far apart the descriptions are, and a spouse joined to their name ("Mr. Bennet … his wife" is
/// "Mrs. Bennet" when the text names her).
/// </summary>
/// <remarks>
/// Runs after every pronoun has its referent, because the possessive ("his" in "his wife") is what says whose wife.
/// The window that joins two equal descriptions in <see cref="RuleCoreferenceResolver"/> is a dozen sentences; a
/// relation does not need one: the same man's wife is the same woman throughout a story. Descriptions inside
/// quotations are left out, since "my mother" there is the speaker's, whom coreference does not know yet.
/// </remarks>
internal static class RelationalDescriptions
{
    // A relation a person has to one other at a time: any modifier ("his young wife") still names the same one.
    private static readonly Dictionary<string, string> OnlyOne = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wife"] = "wife", ["husband"] = "husband", ["mother"] = "mother", ["mamma"] = "mother", ["mama"] = "mother",
        ["father"] = "father", ["papa"] = "father", ["grandfather"] = "grandfather", ["grandmother"] = "grandmother",
        ["stepfather"] = "stepfather", ["stepmother"] = "stepmother",
    };

    // Relations a person may have to several: only the same words ("his eldest son" … "his eldest son") are one referent.
    private static readonly HashSet<string> Several = new(StringComparer.OrdinalIgnoreCase)
    {
        "son", "daughter", "stepson", "stepdaughter", "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
        "master", "mistress", "guardian", "fiancé", "fiancee", "fiancée",
    };

    // Words for someone's child: whoever the narration gives one ("her son", "his daughters") is a parent.
    private static readonly HashSet<string> ChildWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "son", "sons", "daughter", "daughters", "child", "children", "boy", "boys", "girl", "girls", "baby", "babies",
        "stepson", "stepdaughter",
    };

    private static readonly Dictionary<string, char> SpouseTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mr"] = 'm', ["sir"] = 'm', ["lord"] = 'm', ["mrs"] = 'f', ["lady"] = 'f',
    };

    /// <summary>Joins the clusters of relational descriptions in <paramref name="mentions"/> (text order).</summary>
    public static void Join(Document document, IReadOnlyList<LinkedMention> mentions, Dictionary<LinkedMention, MentionCluster> clusterOf, List<MentionCluster> clusters, bool[] quoted)
    {
        var possessives = new Dictionary<int, LinkedMention>();
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Pronoun)
            {
                possessives.TryAdd(mention.FirstToken, mention);
            }
        }

        var byRelation = new Dictionary<(object Possessor, string Relation), MentionCluster>();
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Nominal || quoted[mention.FirstToken] || !clusterOf.TryGetValue(mention, out var described)
                || Relation(document, mention) is not { } relation)
            {
                continue;
            }

            var word = Word(document, mention.FirstToken);
            object? possessor = word.Equals("my", StringComparison.OrdinalIgnoreCase)
                ? "narrator"
                : possessives.TryGetValue(mention.FirstToken, out var pronoun) && clusterOf.TryGetValue(pronoun, out var owner) ? owner.Root : null;
            if (possessor is null || possessor == described.Root)
            {
                continue;
            }

            if (byRelation.TryGetValue((possessor, relation), out var earlier) && earlier.Root != described.Root)
            {
                earlier.Root.Absorb(described.Root, "relation:same", document);
            }
            else
            {
                byRelation.TryAdd((possessor, relation), described.Root);
            }
        }

        // "Mr. Bennet … his wife … Mrs. Bennet": a spouse the text names with the possessor's surname.
        foreach (var ((possessor, relation), cluster) in byRelation)
        {
            if (possessor is not MentionCluster owner || relation is not ("wife" or "husband") || cluster.Root.HasName)
            {
                continue;
            }

            var (ownerSex, spouseSex) = relation == "wife" ? ('m', 'f') : ('f', 'm');
            var surnames = Surnames(document, owner.Root, ownerSex);
            var spouse = surnames.Count == 0 ? null : clusters.Find(c => c.MergedInto is null && c != owner.Root && c != cluster.Root && c.IsPerson
                && Surnames(document, c, spouseSex).Overlaps(surnames));
            spouse?.Absorb(cluster.Root, "relation:spouse-name", document);
        }

        JoinBareParents(document, mentions, possessives, clusterOf, quoted);

        // "Paul Morel … his mother … Mrs. Morel": a parent the text names by title and the child's surname. The child's
        // surname comes from a full name, as "Mr. Pett"'s "Mrs. Pett" is more likely his wife than his mother.
        foreach (var ((possessor, relation), cluster) in byRelation)
        {
            if (possessor is not MentionCluster owner || relation is not ("mother" or "father") || cluster.Root.HasName)
            {
                continue;
            }

            var surnames = Surnames(document, owner.Root, null);
            if (surnames.Count == 0)
            {
                continue;
            }

            var sex = relation == "mother" ? 'f' : 'm';
            var parents = clusters.Where(c => c.MergedInto is null && c != owner.Root && c != cluster.Root && c.IsPerson
                && Surnames(document, c, sex).Overlaps(surnames)).Take(2).ToList();
            if (parents.Count == 1)
            {
                parents[0].Absorb(cluster.Root, "relation:parent-name", document);
            }
            else if (parents.Count == 0)
            {
                TakeParentsName(document, owner.Root, cluster.Root, sex, surnames);
            }
        }
    }

    /// <summary>
    /// "Katharine Hilbery … Katharine … Mrs. Hilbery … her mother": when the name joined the child's referent by the
    /// surname alone, and the child is also called by the given name alone (as a family's children are, and a woman
    /// who is Mrs. Hilbery herself seldom is), the titled name is the unnamed parent's: its mentions move there.
    /// </summary>
    private static void TakeParentsName(Document document, MentionCluster child, MentionCluster parent, char sex, HashSet<string> surnames)
    {
        var givenNames = child.Mentions.Where(m => IsFullName(document, m.Mention, null)).Select(m => Word(document, m.Mention.FirstToken))
            .ToHashSet(StringComparer.Ordinal);
        var calledByGivenName = child.Mentions.Exists(m => m.Mention.Kind == MentionKind.Name && m.Mention.EndToken - m.Mention.FirstToken == 1
            && givenNames.Contains(Word(document, m.Mention.FirstToken)));
        var titled = child.Mentions.FindAll(m => IsFullName(document, m.Mention, sex) && m.Mention.EndToken - m.Mention.FirstToken == 2
            && surnames.Contains(Word(document, m.Mention.EndToken - 1)));
        if (!calledByGivenName || titled.Count == 0)
        {
            return;
        }

        child.Mentions.RemoveAll(titled.Contains);
        foreach (var (mention, _) in titled)
        {
            parent.Add(mention, "relation:parent-name", document);
        }
    }

    /// <summary>
    /// "Mrs. Morel … her son … 'said the mother'": a bare "the mother" or "the father" in the narration, or the mother or
    /// father of someone who is no parent ("said her mother" of Lizzy), is the one person of that sex the narration gives
    /// a child, when there is exactly one.
    /// </summary>
    private static void JoinBareParents(Document document, IReadOnlyList<LinkedMention> mentions, Dictionary<int, LinkedMention> possessives,
        Dictionary<LinkedMention, MentionCluster> clusterOf, bool[] quoted)
    {
        var parents = new Dictionary<char, HashSet<MentionCluster>> { ['m'] = [], ['f'] = [] };
        var bare = new List<(MentionCluster Cluster, char Sex, MentionCluster? Child)>();
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Nominal || quoted[mention.FirstToken] || mention.HeadToken != mention.EndToken - 1)
            {
                continue;
            }

            var first = Word(document, mention.FirstToken).ToLowerInvariant();
            var head = Word(document, mention.HeadToken);
            if (first == "the" && mention.EndToken - mention.FirstToken == 2 && head.ToLowerInvariant() is "mother" or "father"
                && clusterOf.TryGetValue(mention, out var described))
            {
                bare.Add((described, head.Equals("mother", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm', null));
            }
            else if (first is "his" or "her" or "their" && OnlyOne.TryGetValue(head, out var relation) && relation is "mother" or "father"
                && possessives.TryGetValue(mention.FirstToken, out var childPronoun) && clusterOf.TryGetValue(mention, out var parentOf))
            {
                // "said her mother" of a daughter named only "Lizzy"; "The girls stared at their father", whoever they are.
                if (clusterOf.TryGetValue(childPronoun, out var child))
                {
                    bare.Add((parentOf, relation == "mother" ? 'f' : 'm', child));
                }
                else if (first == "their")
                {
                    bare.Add((parentOf, relation == "mother" ? 'f' : 'm', null));
                }
            }
        }

        // The parents: "her son", "his second daughter", "her five daughters" (a plural is no mention, so read the words).
        foreach (var (token, pronoun) in possessives)
        {
            var word = Word(document, token).ToLowerInvariant();
            if (word is not ("his" or "her") || quoted[token] || !clusterOf.TryGetValue(pronoun, out var parent))
            {
                continue;
            }

            var next = token + 1;
            while (next < document.Tokens.Count && next - token <= 2 && document.Tokens.HasTags
                && document.Tokens.Upos[next] is UniversalPos.ADJ or UniversalPos.NUM && !ChildWords.Contains(Word(document, next)))
            {
                next++;
            }

            if (next < document.Tokens.Count && ChildWords.Contains(Word(document, next)))
            {
                parents[word == "his" ? 'm' : 'f'].Add(parent.Root);
            }
        }

        foreach (var (described, sex, child) in bare)
        {
            // A parent's own "his mother" is not the other parent: "Mr. Bennet … his mother" is not Mrs. Bennet; nor is
            // any titled grown-up's, who is likelier the spouse of the one parent in view.
            if (child is not null && (parents['m'].Any(p => p.Root == child.Root) || parents['f'].Any(p => p.Root == child.Root)
                || Surnames(document, child.Root, 'm').Count > 0 || Surnames(document, child.Root, 'f').Count > 0))
            {
                continue;
            }

            // The mother herself may be given the child ("The mother perceived her son"): she is no other candidate.
            var candidates = parents[sex].Select(c => c.Root).Where(c => c != described.Root && c != child?.Root).Distinct().ToList();
            if (candidates.Count == 1 && !described.Root.HasName && candidates[0].IsPerson)
            {
                candidates[0].Absorb(described.Root, "relation:parent-of-child", document);
            }
        }
    }

    /// <summary>
    /// For each possessive pronoun that opens a relational description outside quotations ("his" of "his step-son"),
    /// the description's relation as a key: "step - son", "wife".
    /// </summary>
    public static Dictionary<int, string> ByPossessive(Document document, IReadOnlyList<LinkedMention> mentions, bool[] quoted)
    {
        var byToken = new Dictionary<int, string>();
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Nominal && !quoted[mention.FirstToken] && Relation(document, mention) is { } relation
                && Word(document, mention.FirstToken).ToLowerInvariant() is "his" or "her" or "their")
            {
                byToken.TryAdd(mention.FirstToken, relation);
            }
        }

        return byToken;
    }

    /// <summary>The relation a "his/her/their/my … noun" description names, as a key; null for any other description.</summary>
    private static string? Relation(Document document, LinkedMention mention)
    {
        if (mention.Agreement == MentionAgreement.Plural || mention.EndToken - mention.FirstToken < 2 || mention.HeadToken != mention.EndToken - 1
            || Word(document, mention.FirstToken).ToLowerInvariant() is not ("his" or "her" or "their" or "my"))
        {
            return null;
        }

        var noun = Word(document, mention.HeadToken);
        if (noun.Equals("lady", StringComparison.OrdinalIgnoreCase) && Word(document, mention.FirstToken).Equals("his", StringComparison.OrdinalIgnoreCase))
        {
            return "wife"; // "said his lady"
        }

        if (OnlyOne.TryGetValue(noun, out var relation))
        {
            return relation;
        }

        return Several.Contains(noun) ? string.Join(' ', Enumerable.Range(mention.FirstToken + 1, mention.EndToken - mention.FirstToken - 1).Select(k => Word(document, k).ToLowerInvariant())) : null;
    }

    /// <summary>
    /// The surnames a cluster is named with after a title of the given sex ("Mrs. Bennet" gives "bennet" for 'f'), or,
    /// for no sex, in its untitled full names ("Paul Morel" gives "morel").
    /// </summary>
    private static HashSet<string> Surnames(Document document, MentionCluster cluster, char? sex)
    {
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mention, _) in cluster.Mentions)
        {
            if (IsFullName(document, mention, sex))
            {
                surnames.Add(Word(document, mention.EndToken - 1));
            }
        }

        return surnames;
    }

    /// <summary>
    /// A name of two words or more after a title of the given sex ("Mrs. Bennet" for 'f'), or, for no sex, with no such
    /// title ("Paul Morel").
    /// </summary>
    private static bool IsFullName(Document document, LinkedMention mention, char? sex) =>
        mention.Kind == MentionKind.Name && mention.EndToken - mention.FirstToken >= 2
        && (SpouseTitles.TryGetValue(Word(document, mention.FirstToken).TrimEnd('.'), out var titleSex) ? titleSex == sex : sex is null);

    private static string Word(Document document, int token) => document.Text[document.Tokens.Starts[token]..document.Tokens.Ends[token]];
}
