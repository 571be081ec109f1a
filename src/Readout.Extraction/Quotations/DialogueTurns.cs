using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Entities;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Quotations;

/// <summary>
/// Gives unattributed lines of dialogue a speaker from the turns around them: in a conversation each new line (or
/// paragraph) that opens with a quotation is a new turn, and speakers take turns.
/// </summary>
/// <remarks>
/// News and fiction disagree about a quotation that opens a paragraph without an attribution: in news it is the same
/// source going on ("…," she said. ¶ "…"); in dialogue it is the other person answering. The pass therefore runs only
/// when the document shows dialogue: consecutive turns with explicit attributions name different speakers more often
/// than the same one. It then assigns, in order of confidence: a turn after a narration line takes that line's subject
/// (<c>direct:beat</c>: "The parson rode nearer. ¶ 'It was only my whim.'"); a turn inside an exchange takes the
/// speaker before the last one (<c>direct:turn-taking</c>); the first turns of an exchange take the speaker of the turn
/// two after them. Each assignment names its rule so a reader can see it was inferred, not stated.
/// </remarks>
internal static class DialogueTurns
{
    // More narration than this between two turns ends the conversation.
    private const int MaxNarrationSentences = 3;

    // Fewer lines than this say nothing about how a text is laid out.
    private const int MinLayoutLines = 20;

    // An exchange whose sides are read off its alternation: this many turns at least, with no more narration than
    // this between two of them (a beat such as "He bridled." does not break the alternation; a paragraph may).
    private const int MinExchangeTurns = 4;
    private const int MaxExchangeNarration = 1;

    // How a child calls a father or mother, to the parent it names ("papa" → "father").
    private static readonly Dictionary<string, string> ParentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["papa"] = "father", ["pa"] = "father", ["father"] = "father", ["daddy"] = "father",
        ["mamma"] = "mother", ["mama"] = "mother", ["ma"] = "mother", ["mother"] = "mother", ["mummy"] = "mother",
    };

    // Cues that say the speaker goes on ("continued the young man", "she resumed", "he went on"): the turn before is theirs.
    private static readonly HashSet<string> ContinuingCues = new(StringComparer.OrdinalIgnoreCase) { "continued", "resumed", "pursued", "persisted", "went" };

    /// <summary>A direct quotation as <see cref="QuotationExtractor"/> found it; <see cref="Attribution"/> may be replaced.</summary>
    public sealed class Line(QuotedSpan span, Attribution attribution)
    {
        public QuotedSpan Span { get; } = span;

        public Attribution Attribution { get; set; } = attribution;

        /// <summary>True when the text itself names the speaker (not a continuation or a guess).</summary>
        public bool IsExplicit => Attribution.HasSpeaker && Attribution.Rule is not ("direct:continuation" or "direct:unattributed");
    }

    private sealed class Turn
    {
        public List<Line> Lines { get; } = [];

        public Attribution? Speaker { get; set; }

        public string? Identity { get; set; }

        public int NarrationBefore { get; set; }

        public (int First, int End)? BeatSubject { get; set; }

        /// <summary>True when <see cref="BeatSubject"/> is a he or she, trusted only when coreference gave it a referent.</summary>
        public bool BeatIsPronoun { get; set; }

        /// <summary>The person the turn's words address by name (<see cref="Vocative"/>), found once.</summary>
        public Attribution? Addressed { get; set; }

        /// <summary>Reads the beat from the sentence of narration just before the turn.</summary>
        public void TakeBeat(Document document, Span narration, SpeakerMentions mentions)
        {
            BeatSubject = PersonSubject(document, narration, mentions, out var pronoun);
            BeatIsPronoun = pronoun;
        }
    }

    /// <summary>Re-attributes the unattributed turns of <paramref name="lines"/> (in text order) when the document is dialogue; <paramref name="quoted"/> marks the tokens inside quotations.</summary>
    public static void Resolve(Document document, IReadOnlyList<Line> lines, SpeakerMentions mentions, bool[] quoted)
    {
        if (lines.Count < 3)
        {
            return;
        }

        var turns = SplitTurns(document, lines, mentions);
        foreach (var turn in turns)
        {
            if (turn.Lines.FirstOrDefault(l => l.IsExplicit) is { } stated)
            {
                turn.Speaker = stated.Attribution;
                turn.Identity = Identity(document, mentions, stated.Attribution);
            }
        }

        if (!IsDialogue(turns))
        {
            return;
        }

        foreach (var turn in turns)
        {
            turn.Addressed = Vocative(document, mentions, turn);
        }

        if (SentencePerLine(document))
        {
            // Who the narration's "I" is, as far as the turns already tell: a name said to the narrator is said to "I".
            var narrator = NarratorName(document, mentions, turns, lines, quoted) is { } named ? Identity(document, mentions, named) : null;
            JoinParagraphs(document, mentions, turns, narrator);
            foreach (var turn in turns)
            {
                turn.Addressed = Vocative(document, mentions, turn);
            }
        }

        NameDescribedSpeakers(document, mentions, turns);

        // Forward: the person addressed, beats, then the speaker before the last one.
        for (var t = 0; t < turns.Count; t++)
        {
            var turn = turns[t];
            if (turn.Speaker is not null)
            {
                if (Continuing(document, mentions, turns, t) is { } going)
                {
                    Rename(document, mentions, turn, going, "+continued");
                }
                else if (Answering(document, mentions, turns, t) is { } answering)
                {
                    Rename(document, mentions, turn, answering);
                }

                continue;
            }

            // Nobody speaks to themselves: "'Impossible, Mr. Bennet!'" is not Mr. Bennet's line.
            var spokenTo = turn.Addressed is { } own ? Identity(document, mentions, own) : null;

            // "'…, Anna?' ¶ '…'": the person addressed answers.
            if (t > 0 && turn.NarrationBefore == 0 && SameConversation(turns, t - 1, t)
                && turns[t - 1].Addressed is { } addressed && Identity(document, mentions, addressed) is var addressedIdentity
                && addressedIdentity != turns[t - 1].Identity && addressedIdentity != spokenTo)
            {
                Assign(document, mentions, turn, addressed);
                continue;
            }

            // "'…' ¶ 'Yes, Anna.'": the answer names who spoke before it.
            if (t + 1 < turns.Count && turns[t + 1].NarrationBefore == 0 && SameConversation(turns, t, t + 1)
                && turns[t + 1].Addressed is { } answered && Identity(document, mentions, answered) is var answeredIdentity
                && answeredIdentity != turns[t + 1].Identity && answeredIdentity != spokenTo
                && (t == 0 || turns[t - 1].Identity is null || answeredIdentity != turns[t - 1].Identity))
            {
                Assign(document, mentions, turn, answered with { Rule = "direct:answered" });
                continue;
            }

            if (Beat(turn) is { } beat && Identity(document, mentions, beat) is var beatIdentity && beatIdentity != spokenTo
                && (!turn.BeatIsPronoun || beatIdentity is not null))
            {
                Assign(document, mentions, turn, beat);
                continue;
            }

            // "'I cannot agree with you, papa'": whoever calls someone papa is the one the narration gives that father.
            if (ChildCalling(document, mentions, turn) is { } child && Identity(document, mentions, child) != spokenTo)
            {
                Assign(document, mentions, turn, child);
                continue;
            }

            if (OtherSpeaker(document, mentions, turns, t, -1, spokenTo) is { } other)
            {
                Assign(document, mentions, turn, other with { Rule = "direct:turn-taking", CueFirst = -1, CueEnd = -1 });
            }
        }

        // Backward: an exchange that opens without attributions takes them from the turns after it.
        for (var t = turns.Count - 1; t >= 0; t--)
        {
            if (turns[t].Speaker is null && OtherSpeaker(document, mentions, turns, t, +1, null) is { } other)
            {
                Assign(document, mentions, turns[t], other with { Rule = "direct:turn-taking", CueFirst = -1, CueEnd = -1 });
            }
        }

        // A line left to the speaker before it that addresses that very speaker by name is someone else's: unknown.
        foreach (var turn in turns)
        {
            if (turn.Speaker is null && turn.Addressed is { } addressed && Identity(document, mentions, addressed) is { } spokenTo)
            {
                foreach (var line in turn.Lines)
                {
                    if (!line.IsExplicit && line.Attribution.HasSpeaker && Identity(document, mentions, line.Attribution) == spokenTo)
                    {
                        line.Attribution = new Attribution(-1, -1, -1, -1, "direct:unattributed");
                    }
                }
            }
        }

        NameNarrator(document, mentions, turns, lines, quoted);
    }

    /// <summary>
    /// Who the speaker of turn <paramref name="t"/> alternates with: walking in <paramref name="step"/> direction inside
    /// the conversation, the first participant who is not the neighbouring turn's speaker. Going back, a participant
    /// is a turn's speaker, the person it addressed, or the person a narration beat before it was about ("Mr. Bennet
    /// made no answer. ¶ '…?' cried his wife. ¶ '…'": Mr. Bennet answers); going forward, only speakers.
    /// </summary>
    private static Attribution? OtherSpeaker(Document document, SpeakerMentions mentions, List<Turn> turns, int t, int step, string? spokenTo)
    {
        var neighbour = t + step;
        if (neighbour < 0 || neighbour >= turns.Count || !SameConversation(turns, t, neighbour))
        {
            return null;
        }

        var neighbourIdentity = turns[neighbour].Identity;
        if (step < 0 && neighbourIdentity is not null && OtherPresent(document, mentions, turns[neighbour], neighbourIdentity, spokenTo) is { } listener)
        {
            return listener;
        }

        for (var k = neighbour + step; k >= 0 && k < turns.Count && Math.Abs(k - t) <= 6 && SameConversation(turns, t, k); k += step)
        {
            if (turns[k].Speaker is not null && turns[k].Identity is { } identity && identity != neighbourIdentity && identity != spokenTo)
            {
                // With the neighbour unknown, only the turn two away is safe.
                return neighbourIdentity is null && Math.Abs(k - t) != 2 ? null : turns[k].Speaker;
            }

            if (step < 0 && neighbourIdentity is not null && OtherPresent(document, mentions, turns[k], neighbourIdentity, spokenTo) is { } other)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// Someone a turn shows present other than its own speaker: the person it addresses, else the subject of the
    /// narration beat before it; never <paramref name="excluded"/> nor <paramref name="spokenTo"/>.
    /// </summary>
    private static Attribution? OtherPresent(Document document, SpeakerMentions mentions, Turn turn, string excluded, string? spokenTo)
    {
        foreach (var candidate in (Attribution?[])[turn.Addressed, turn.BeatIsPronoun ? null : Beat(turn)])
        {
            if (candidate is { } known && Identity(document, mentions, known) is { } identity && identity != excluded && identity != spokenTo)
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Who a turn is by, as far as known before turn taking: its stated speaker, else its beat's subject by name.</summary>
    private static string? SpeakerOrBeat(Document document, SpeakerMentions mentions, Turn turn) =>
        turn.Identity ?? (!turn.BeatIsPronoun && Beat(turn) is { } beat ? Identity(document, mentions, beat) : null);

    private static Attribution? Beat(Turn turn) =>
        turn.BeatSubject is { } subject ? new Attribution(-1, -1, subject.First, subject.End, "direct:beat") : null;

    /// <summary>Every line whose speaker is the narration's "I" carries the narrator's name (<see cref="NarratorName"/>); the mention stays "I".</summary>
    private static void NameNarrator(Document document, SpeakerMentions mentions, List<Turn> turns, IReadOnlyList<Line> lines, bool[] quoted)
    {
        if (NarratorName(document, mentions, turns, lines, quoted) is not { } narrator)
        {
            return;
        }

        foreach (var line in lines)
        {
            if (IsNarrator(document, line.Attribution))
            {
                line.Attribution = line.Attribution with { NameFirst = narrator.SpeakerFirst, NameEnd = narrator.SpeakerEnd, Rule = line.Attribution.Rule + "+named-narrator" };
            }
        }
    }

    /// <summary>
    /// A first-person narrator's name ("'…,' I said"): the one they give themselves in the narration, else how the
    /// others address them, the name said to the narrator in the turn right after one of theirs (or right before it),
    /// when no other name is said to them as often.
    /// </summary>
    private static Attribution? NarratorName(Document document, SpeakerMentions mentions, List<Turn> turns, IReadOnlyList<Line> lines, bool[] quoted)
    {
        if (!lines.Any(line => IsNarrator(document, line.Attribution)))
        {
            return null;
        }

        var votes = new Dictionary<string, (int Count, Attribution Name)>(StringComparer.Ordinal);
        for (var t = 0; t < turns.Count; t++)
        {
            if (!IsNarrator(document, turns[t].Speaker))
            {
                continue;
            }

            foreach (var n in (int[])[t - 1, t + 1])
            {
                var adjacent = n < t ? t : n;
                if (n < 0 || n >= turns.Count || turns[adjacent].NarrationBefore > 0 || IsNarrator(document, turns[n].Speaker)
                    || turns[n].Addressed is not { } name || Identity(document, mentions, name) is not { } id)
                {
                    continue;
                }

                var tally = votes.GetValueOrDefault(id);
                votes[id] = (tally.Count + 1, name);
            }
        }

        if (SelfNamed(document, quoted) is { } own)
        {
            return own;
        }

        var ranked = votes.Values.OrderByDescending(v => v.Count).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Count == ranked[0].Count) ? null : ranked[0].Name;
    }

    /// <summary>
    /// The name a first-person narrator gives themselves in the narration, outside every quotation (<paramref name="quoted"/>): "I called myself
    /// Pip", "my name is Anna", "Call me Ishmael". Their own word beats how the others address them.
    /// </summary>
    private static Attribution? SelfNamed(Document document, bool[] quoted)
    {
        var tokens = document.Tokens;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (quoted[k])
            {
                continue;
            }

            var name = -1;
            if (Words.Text(document, k) is "I" && Words.Is(document, k + 1, "called") && k + 3 < tokens.Count && Words.Is(document, k + 2, "myself"))
            {
                name = k + 3;
            }
            else if (Words.Is(document, k, "my") && Words.Is(document, k + 1, "name") && k + 3 < tokens.Count && (Words.Is(document, k + 2, "is") || Words.Is(document, k + 2, "was")))
            {
                name = k + 3;
            }
            else if (Words.Text(document, k) is "Call" && Words.Is(document, k + 1, "me"))
            {
                name = k + 2;
            }

            if (name >= 0 && name < tokens.Count && !quoted[name] && Words.IsCapitalized(document, name) && char.IsLetter(Words.Text(document, name)[0]))
            {
                var end = name + 1;
                while (end < tokens.Count && end - name < 3 && Words.IsCapitalized(document, end) && char.IsLetter(Words.Text(document, end)[0]))
                {
                    end++;
                }

                return new Attribution(-1, -1, name, end, "narrator:self-named");
            }
        }

        return null;
    }

    private static bool IsNarrator(Document document, Attribution? attribution) =>
        attribution is { HasSpeaker: true } a && a.SpeakerEnd - a.SpeakerFirst == 1 && Words.Text(document, a.SpeakerFirst) is "I";

    /// <summary>
    /// A person's name set off by commas inside a turn's quotations ("Good night, Sir John." / "Anna, come here."): the
    /// one spoken to, as an attribution for the answer.
    /// </summary>
    private static Attribution? Vocative(Document document, SpeakerMentions mentions, Turn turn, bool endearments = false)
    {
        var tokens = document.Tokens;
        foreach (var line in turn.Lines)
        {
            var within = mentions.Within(new TextRange(line.Span.ContentStart, line.Span.ContentEnd)).ToList();
            var nameEnds = within.Where(m => m.Entity.Type == EntityTypes.Person && m.Mention.Kind == MentionKind.Name)
                .Select(m => tokens.IndexAtOrAfter(m.Mention.Range.End)).ToHashSet();
            foreach (var (mention, entity) in within)
            {
                if (entity.Type != EntityTypes.Person || mention.Kind != MentionKind.Name)
                {
                    continue;
                }

                var first = tokens.IndexAtOrAfter(mention.Range.Start);
                var end = tokens.IndexAtOrAfter(mention.Range.End);

                // "Tom, Dick, and Harry": a name in a list is no one spoken to.
                if ((end + 1 < tokens.Count && Words.Is(document, end, ",") && (Words.Is(document, end + 1, "and") || Words.Is(document, end + 1, "or")))
                    || (first >= 1 && Words.Is(document, first - 1, ",") && nameEnds.Contains(first - 1)))
                {
                    continue;
                }

                if (end - first == 1 && Words.IsOath(Words.Text(document, first)))
                {
                    continue; // "but, Lord, what's a spoon?" calls on nobody in the room
                }

                var before = first - 1;
                if (endearments && before > 1 && Words.Is(document, before, "dear") && Words.Is(document, before - 1, "my"))
                {
                    before -= 2; // ", my dear Watson,"
                }

                var openedBy = before >= 0 && (Words.Is(document, before, ",") || before == line.Span.OpenToken);
                var closedBy = end < tokens.Count && (Words.Is(document, end, ",") || Words.IsTerminal(document, end)
                    || end == line.Span.CloseToken || tokens.Starts[end] >= line.Span.ContentEnd);
                if (openedBy && closedBy && (Words.Is(document, before, ",") || Words.Is(document, end, ",")))
                {
                    return new Attribution(-1, -1, first, end, "direct:addressed");
                }
            }

            if (KinshipAddress(document, line.Span) is { } kin)
            {
                return new Attribution(-1, -1, kin, kin + 1, "direct:addressed");
            }
        }

        return null;
    }

    /// <summary>
    /// A family title used as a name to open or close a line ("Uncle, you look tired." / "Come here, Mother."): in a
    /// family's talk it is how one person is called, and that person answers.
    /// </summary>
    private static int? KinshipAddress(Document document, QuotedSpan span)
    {
        var tokens = document.Tokens;
        var first = tokens.IndexAtOrAfter(span.ContentStart);
        if (first + 1 < tokens.Count && IsKinship(Words.Text(document, first)) && Words.Is(document, first + 1, ","))
        {
            return first;
        }

        var end = tokens.IndexAtOrAfter(span.ContentEnd);
        var last = end - 1;
        while (last > first && Words.IsTerminal(document, last))
        {
            last--;
        }

        return last > first && last < end - 1 && IsKinship(Words.Text(document, last)) && Words.Is(document, last - 1, ",") ? last : null;
    }

    /// <summary>
    /// The speaker of a turn that calls someone by a parent's name ("…, papa;", "Mother, …"): the one person whose father
    /// or mother the narration describes ("her father", "his mother"), named by that person's first name mention.
    /// </summary>
    private static Attribution? ChildCalling(Document document, SpeakerMentions mentions, Turn turn)
    {
        var parent = turn.Lines.Select(line => ParentCalled(document, line.Span)).FirstOrDefault(p => p is not null);
        if (parent is null)
        {
            return null;
        }

        var tokens = document.Tokens;
        var children = new Dictionary<string, (Entity Entity, int Count)>(StringComparer.Ordinal);
        foreach (var (mention, _) in mentions.All)
        {
            // "her father", "his mother": two words, a possessive and the parent.
            var text = document.Text.AsSpan(mention.Range.Start, mention.Range.Length);
            var space = text.IndexOf(' ');
            if (mention.Kind != MentionKind.Nominal || space < 0 || !text[(space + 1)..].Equals(parent, StringComparison.OrdinalIgnoreCase)
                || !(text[..space].Equals("her", StringComparison.OrdinalIgnoreCase) || text[..space].Equals("his", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The possessive's entity: the pronoun mention that starts where the description does.
            if (mentions.Within(new TextRange(mention.Range.Start, mention.Range.Start + space)).Select(p => p.Entity).FirstOrDefault() is { } owner)
            {
                children[owner.Id] = (owner, children.GetValueOrDefault(owner.Id).Count + 1);
            }
        }

        // The child most descriptions give, when it has at least two thirds of them (a pronoun may have gone astray).
        var total = children.Values.Sum(c => c.Count);
        var child = children.Values.OrderByDescending(c => c.Count).FirstOrDefault();
        var named = total > 0 && child.Count * 3 >= total * 2 ? child.Entity.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Name) : null;
        return named is null ? null
            : new Attribution(-1, -1, tokens.IndexAtOrAfter(named.Range.Start), tokens.IndexAtOrAfter(named.Range.End), "direct:addressed-parent");
    }

    /// <summary>"father" or "mother" when the quotation calls someone papa, mamma, father or mother, set off by a comma.</summary>
    private static string? ParentCalled(Document document, QuotedSpan span)
    {
        var tokens = document.Tokens;
        var first = tokens.IndexAtOrAfter(span.ContentStart);
        var end = tokens.IndexAtOrAfter(span.ContentEnd);
        var parents = ParentWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = first; k < end; k++)
        {
            if (!parents.TryGetValue(Words.Text(document, k), out var parent))
            {
                continue;
            }

            var openedBy = k == first || Words.Is(document, k - 1, ",");
            var closedBy = k + 1 >= end || Words.Is(document, k + 1, ",") || Words.Is(document, k + 1, ";") || Words.IsTerminal(document, k + 1);
            if (openedBy && closedBy && (k > first || Words.Is(document, k + 1, ",")))
            {
                return parent;
            }
        }

        return null;
    }

    private static bool IsKinship(ReadOnlySpan<char> word) =>
        word is "Uncle" or "Aunt" or "Auntie" or "Mother" or "Father" or "Mamma" or "Mama" or "Papa" or "Granny" or "Grandmother" or "Grandfather" or "Grandpa" or "Grandma";

    /// <summary>
    /// "'…' ¶ '…,' he answered." or "answered the artist": inside an exchange, a he or she that the coreference left
    /// unresolved or gave to the person who spoke the turn before, or a definite description of nobody named ("the
    /// artist", "his step-son"), is the other participant answering, when that person is named and of the same
    /// gender. Speakers alternate far more reliably than a pronoun with two people of one gender in view resolves.
    /// </summary>
    private static Attribution? Answering(Document document, SpeakerMentions mentions, List<Turn> turns, int t)
    {
        var turn = turns[t];
        if (t == 0 || turn.NarrationBefore > 0 || turn.Speaker is not { } said || turns[t - 1].Identity is not { } before
            || !SameConversation(turns, t - 1, t))
        {
            return null;
        }

        MentionAgreement gender;
        var pronoun = false;
        if (PersonalPronounGender(document, said) is var pronounGender and not MentionAgreement.Unknown)
        {
            pronoun = true;
            if (turn.Identity is not null && turn.Identity != before)
            {
                return null;
            }

            gender = pronounGender;
        }
        else if (UnnamedDescription(document, mentions, said) is { } described && turn.Identity != before)
        {
            gender = GenderOf(document, described);
        }
        else
        {
            return null;
        }

        var spokenTo = turn.Addressed is { } own ? Identity(document, mentions, own) : null;
        if (OtherSpeaker(document, mentions, turns, t, -1, spokenTo) is not { } other || EntityOf(document, mentions, other) is not { } entity
            || (!pronoun && !entity.Mentions.Any(m => m.Kind == MentionKind.Name)) || Possessor(document, mentions, said)?.Id == entity.Id)
        {
            return null; // "said her mother" is not the "her" she is the mother of
        }

        // A pronoun needs the other's gender to agree; a description only must not contradict it.
        var otherGender = GenderOf(document, entity);
        return pronoun ? (otherGender == gender ? other : null)
            : (gender == MentionAgreement.Unknown || otherGender == MentionAgreement.Unknown || otherGender == gender ? other : null);
    }

    /// <summary>
    /// "'…' ¶ 'Not seen you for centuries,' continued the young man": a speaker who continues, resumes or goes on is the
    /// one who spoke the turn before, when the words name nobody else (a he or she, or a description of nobody named)
    /// and that speaker is named and not of the other gender.
    /// </summary>
    private static Attribution? Continuing(Document document, SpeakerMentions mentions, List<Turn> turns, int t)
    {
        var turn = turns[t];
        if (t == 0 || turn.Speaker is not { CueFirst: >= 0 } said || !ContinuingCues.Contains(Words.Text(document, said.CueFirst).ToString())
            || turns[t - 1].Speaker is not { } before || turns[t - 1].Identity is not { } previous || turn.Identity == previous
            || !SameConversation(turns, t - 1, t) || EntityOf(document, mentions, before) is not { } speaker || !speaker.Mentions.Any(m => m.Kind == MentionKind.Name))
        {
            return null;
        }

        var gender = PersonalPronounGender(document, said) is var pronounGender and not MentionAgreement.Unknown ? pronounGender
            : UnnamedDescription(document, mentions, said) is { } described ? GenderOf(document, described) : (MentionAgreement?)null;
        var speakerGender = GenderOf(document, speaker);
        return gender is { } known && (known == MentionAgreement.Unknown || speakerGender == MentionAgreement.Unknown || known == speakerGender) ? before : null;
    }

    /// <summary>
    /// In an unbroken exchange between two people, turns alternate: when one side's stated speakers are a name and a
    /// description of nobody named ("said the man with the basket" … "said Durbeyfield"), and neither appears on the
    /// other side, the description is that name. The description's turns then carry the name (rule <c>+same-side</c>).
    /// </summary>
    private static void NameDescribedSpeakers(Document document, SpeakerMentions mentions, List<Turn> turns)
    {
        for (var start = 0; start < turns.Count;)
        {
            var end = start + 1;
            while (end < turns.Count && turns[end].NarrationBefore <= MaxExchangeNarration)
            {
                end++;
            }

            if (end - start >= MinExchangeTurns)
            {
                NameSide(document, mentions, turns, start, end, 0);
                NameSide(document, mentions, turns, start, end, 1);
            }

            start = end;
        }
    }

    /// <summary>
    /// One side of the exchange <paramref name="start"/>..<paramref name="end"/> (every other turn from
    /// <paramref name="side"/>): when its stated speakers are one named person and descriptions of nobody named, none of
    /// them on the other side, each description's turns, wherever they are, carry the name.
    /// </summary>
    private static void NameSide(Document document, SpeakerMentions mentions, List<Turn> turns, int start, int end, int side)
    {
        var otherSide = new HashSet<string>(StringComparer.Ordinal);
        for (var k = start + 1 - side; k < end; k += 2)
        {
            if (turns[k].Identity is { } id)
            {
                otherSide.Add(id);
            }
        }

        if (otherSide.Count == 0)
        {
            return;
        }

        (Attribution Speaker, string Identity, Entity Entity)? name = null;
        var described = new List<(int Turn, Entity Entity)>();
        for (var k = start + side; k < end; k += 2)
        {
            if (turns[k].Speaker is not { } said || turns[k].Identity is not { } id)
            {
                continue;
            }

            // Someone on both sides, a newcomer on a side already named ("answered an old man") or a speaker who is no
            // person the text tracks: not an exchange of two.
            if (otherSide.Contains(id) || (name is not null && IsIndefinite(document, said))
                || EntityOf(document, mentions, said) is not { Type: EntityTypes.Person } entity)
            {
                return;
            }

            if (entity.Mentions.Any(m => m.Kind == MentionKind.Name))
            {
                if (name is { } known && known.Identity != id)
                {
                    return;
                }

                name ??= (said, id, entity);
            }
            else
            {
                described.Add((k, entity));
            }
        }

        // "'Feel pretty sick, Thea?' he asked … 'I thought you were here,' she spoke": a side stated only by descriptions is
        // the one person the other side calls by name.
        if (name is null && described.Count > 0)
        {
            name = CalledByOtherSide(document, mentions, turns, start + 1 - side, end, otherSide);
        }

        if (name is not { } chosen || described.Count == 0)
        {
            return;
        }

        var gender = GenderOf(document, chosen.Entity);
        foreach (var (k, entity) in described)
        {
            if (GenderOf(document, entity) is var other && (other == gender || other == MentionAgreement.Unknown || gender == MentionAgreement.Unknown)
                && Possessor(document, mentions, turns[k].Speaker!.Value)?.Id != chosen.Entity.Id)
            {
                foreach (var turn in turns)
                {
                    if (turn.Speaker is not null && turn.Identity == entity.Id)
                    {
                        Rename(document, mentions, turn, chosen.Speaker, "+same-side");
                    }
                }
            }
        }
    }

    /// <summary>The one named person the turns from <paramref name="first"/> (every other one) address, when none of them speaks on that side.</summary>
    private static (Attribution Speaker, string Identity, Entity Entity)? CalledByOtherSide(Document document, SpeakerMentions mentions, List<Turn> turns, int first, int end, HashSet<string> otherSide)
    {
        (Attribution Speaker, string Identity, Entity Entity)? called = null;
        for (var k = first; k < end; k += 2)
        {
            if (turns[k].Addressed is not { } addressed || Identity(document, mentions, addressed) is not { } id || otherSide.Contains(id))
            {
                continue;
            }

            if (called is { } known && known.Identity != id || EntityOf(document, mentions, addressed) is not { Type: EntityTypes.Person } entity)
            {
                return null;
            }

            called ??= (addressed, id, entity);
        }

        return called;
    }

    private static bool IsIndefinite(Document document, Attribution said) =>
        Words.Is(document, said.SpeakerFirst, "a") || Words.Is(document, said.SpeakerFirst, "an") || Words.Is(document, said.SpeakerFirst, "another")
        || Words.Is(document, said.SpeakerFirst, "some") || Words.Is(document, said.SpeakerFirst, "one");

    /// <summary>The person a description's possessive pronoun refers to: Anna for "her mother" when "her" is Anna.</summary>
    private static Entity? Possessor(Document document, SpeakerMentions mentions, Attribution said)
    {
        if (!said.HasSpeaker || said.SpeakerEnd - said.SpeakerFirst < 2 || MentionFinder.PronounAgreement(Words.Text(document, said.SpeakerFirst)) == MentionAgreement.Unknown)
        {
            return null;
        }

        var tokens = document.Tokens;
        var pronoun = new TextRange(tokens.Starts[said.SpeakerFirst], tokens.Ends[said.SpeakerFirst]);
        return mentions.Within(pronoun).Select(p => p.Entity).FirstOrDefault();
    }

    /// <summary>The entity of a definite description ("the artist", "his step-son") that no name joined.</summary>
    private static Entity? UnnamedDescription(Document document, SpeakerMentions mentions, Attribution said)
    {
        if (!(Words.Is(document, said.SpeakerFirst, "the") || Words.Is(document, said.SpeakerFirst, "his") || Words.Is(document, said.SpeakerFirst, "her"))
            || EntityOf(document, mentions, said) is not { Type: EntityTypes.Person } entity || entity.Mentions.Any(m => m.Kind == MentionKind.Name))
        {
            return null;
        }

        return entity;
    }

    private static Entity? EntityOf(Document document, SpeakerMentions mentions, Attribution speaker)
    {
        var tokens = document.Tokens;
        return speaker.HasSpeaker ? mentions.OverOrNamed(new TextRange(tokens.Starts[speaker.SpeakerFirst], tokens.Ends[speaker.SpeakerEnd - 1])) : null;
    }

    /// <summary>Gives a turn's stated speaker mention ("he") the name of <paramref name="speaker"/>, recording that turn taking chose it.</summary>
    private static void Rename(Document document, SpeakerMentions mentions, Turn turn, Attribution speaker, string rule = "+turn-taking")
    {
        var stated = turn.Speaker!.Value;
        foreach (var line in turn.Lines)
        {
            if (line.Attribution.SpeakerFirst == stated.SpeakerFirst)
            {
                line.Attribution = line.Attribution with { NameFirst = speaker.NameFirst >= 0 ? speaker.NameFirst : speaker.SpeakerFirst, NameEnd = speaker.NameFirst >= 0 ? speaker.NameEnd : speaker.SpeakerEnd, Rule = line.Attribution.Rule + rule };
            }
        }

        turn.Speaker = stated with { NameFirst = speaker.NameFirst >= 0 ? speaker.NameFirst : speaker.SpeakerFirst, NameEnd = speaker.NameFirst >= 0 ? speaker.NameEnd : speaker.SpeakerEnd };
        turn.Identity = Identity(document, mentions, speaker);
    }

    /// <summary>The gender of a speaker that is a lone "he" or "she" (and the like), else unknown.</summary>
    private static MentionAgreement PersonalPronounGender(Document document, Attribution? speaker) =>
        speaker is { HasSpeaker: true } said && said.SpeakerEnd - said.SpeakerFirst == 1
        && MentionFinder.PronounAgreement(Words.Text(document, said.SpeakerFirst)) is var agreement and (MentionAgreement.Masculine or MentionAgreement.Feminine)
            ? agreement
            : MentionAgreement.Unknown;

    /// <summary>
    /// The gender the document gives an entity: the third-person pronouns it took, when they agree; with none, the
    /// head of a description of it ("the girl") or a title of its name ("Mrs. Hale").
    /// </summary>
    private static MentionAgreement GenderOf(Document document, Entity entity)
    {
        var gender = MentionAgreement.Unknown;
        var worded = MentionAgreement.Unknown;
        foreach (var mention in entity.Mentions)
        {
            var text = mention.Range.Of(document.Text);
            if (mention.Kind == MentionKind.Pronoun
                && MentionFinder.PronounAgreement(text) is var agreement and (MentionAgreement.Masculine or MentionAgreement.Feminine))
            {
                if (gender != MentionAgreement.Unknown && gender != agreement)
                {
                    return MentionAgreement.Unknown; // both: the document does not settle it
                }

                gender = agreement;
            }
            else if (mention.Kind != MentionKind.Pronoun && worded == MentionAgreement.Unknown)
            {
                var words = text.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
                var word = words.Length == 0 ? "" : mention.Kind == MentionKind.Name ? words[0] : words[^1];
                worded = MentionFinder.WordAgreement(word) is var said and (MentionAgreement.Masculine or MentionAgreement.Feminine) ? said : MentionAgreement.Unknown;
            }
        }

        return gender != MentionAgreement.Unknown ? gender : worded;
    }

    private static bool SameConversation(List<Turn> turns, int a, int b)
    {
        var (first, last) = a < b ? (a, b) : (b, a);
        for (var k = first + 1; k <= last; k++)
        {
            if (turns[k].NarrationBefore > MaxNarrationSentences)
            {
                return false;
            }
        }

        return true;
    }

    private static void Assign(Document document, SpeakerMentions mentions, Turn turn, Attribution speaker)
    {
        turn.Speaker = speaker;
        turn.Identity = Identity(document, mentions, speaker);
        foreach (var line in turn.Lines)
        {
            if (!line.IsExplicit)
            {
                line.Attribution = speaker;
            }
        }
    }

    /// <summary>
    /// Dialogue when at least two lines answer the line before them with no attribution at all: news attributes
    /// every new source and almost never has two (one in 212 BBC articles had even one); fiction has them in runs.
    /// </summary>
    private static bool IsDialogue(List<Turn> turns)
    {
        var bare = 0;
        for (var t = 1; t < turns.Count; t++)
        {
            if (turns[t].Speaker is null && turns[t].NarrationBefore == 0)
            {
                bare++;
            }
        }

        return bare >= 2;
    }

    private static List<Turn> SplitTurns(Document document, IReadOnlyList<Line> lines, SpeakerMentions mentions)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var turns = new List<Turn>();
        Line? previous = null;
        foreach (var line in lines)
        {
            var open = line.Span.OpenToken;
            // A quotation right after another, with not a word between ("'All I know is --' 'Never mind!'"), is the
            // other person cutting in, wherever the line breaks.
            // So is a line with its own speaker after a sentence of narration, though it opens inside its line ("The girls
            // stared. Mrs. Bennet said only, '…'").
            var startsTurn = Words.StartsLine(document, open) || (previous is not null && open == previous.Span.CloseToken + 1)
                || (line.IsExplicit && previous is not null && previous.Span.CloseToken >= 0
                    && sentences.IndexOfToken(open) - sentences.IndexOfToken(previous.Span.CloseToken) >= 2);
            if (previous is null || line.Span.ContinuesPrevious || !startsTurn || previous.Span.CloseToken < 0)
            {
                if (previous is null || turns.Count == 0)
                {
                    // The first turn's beat is the sentence of narration before it, if any ("Lucy felt that she had been selfish.").
                    var first = new Turn();
                    var sentence = sentences.IndexOfToken(open);
                    if (sentence > 0 && !HasQuote(document, sentences[sentence - 1]))
                    {
                        first.TakeBeat(document, sentences[sentence - 1], mentions);
                    }

                    turns.Add(first);
                }

                turns[^1].Lines.Add(line);
                previous = line;
                continue;
            }

            // Sentences with no quotation between the two lines are narration.
            var turn = new Turn();
            var after = sentences.IndexOfToken(previous.Span.CloseToken);
            var before = sentences.IndexOfToken(open);
            for (var s = after + 1; s < before; s++)
            {
                // "'…?' ¶ cried his wife.": an attribution the splitter cut off is not narration.
                if (!HasQuote(document, sentences[s]) && !(s == after + 1 && Holds(sentences[s], previous.Attribution)))
                {
                    turn.NarrationBefore++;
                }
            }

            if (turn.NarrationBefore > 0 && before > 0)
            {
                turn.TakeBeat(document, sentences[before - 1], mentions);
            }

            turn.Lines.Add(line);
            turns.Add(turn);
            previous = line;
        }

        return turns;
    }

    /// <summary>
    /// True when the text is laid out one sentence per line, as pre-tokenized corpora are: its line breaks are not
    /// paragraph breaks, so a quotation that opens a line need not open a turn. Nearly every line ends with a
    /// sentence's last mark, and almost no sentence starts, capitalized, inside a line; prose with a paragraph per
    /// line has several sentences a line, and hard-wrapped text has lines that stop mid-sentence.
    /// </summary>
    private static bool SentencePerLine(Document document)
    {
        var tokens = document.Tokens;
        int lines = 0, linesEndingSentence = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Words.StartsLine(document, k))
            {
                lines++;
            }

            if ((k + 1 == tokens.Count || Words.StartsLine(document, k + 1)) && (Words.IsTerminal(document, k) || Words.IsClosingQuote(document, k)))
            {
                linesEndingSentence++;
            }
        }

        if (lines < MinLayoutLines || linesEndingSentence < 0.8 * lines)
        {
            return false;
        }

        var startsInside = 0;
        foreach (var sentence in document.Sentences.Spans)
        {
            var first = sentence.FirstToken;
            while (first < sentence.EndToken && (Words.IsOpeningQuote(document, first) || Words.IsClosingQuote(document, first)))
            {
                first++;
            }

            if (first < sentence.EndToken && !Words.StartsLine(document, sentence.FirstToken) && char.IsUpper(Words.Text(document, first)[0]))
            {
                startsInside++;
            }
        }

        return startsInside <= 0.1 * lines;
    }

    /// <summary>
    /// In text laid out a sentence per line, puts back together the paragraphs its layout lost: "'…,' said Anna. ¶
    /// '…'" with nothing said of the second line is most often Anna going on (three times in four in LitBank's
    /// fiction). Whether it is decides who speaks every turn after it, so the turns up to the next attributed one
    /// decide first: speakers alternate, and only one reading gives that turn the speaker its text names. With no
    /// such turn, a line after a question is the answer; any other goes on.
    /// </summary>
    private static void JoinParagraphs(Document document, SpeakerMentions mentions, List<Turn> turns, string? narrator)
    {
        for (var t = turns.Count - 1; t > 0; t--)
        {
            var before = turns[t - 1];
            if (turns[t].Speaker is not null || turns[t].NarrationBefore > 0 || before.Identity is null
                || !GoesOn(document, before.Lines[^1], turns[t].Lines[0]))
            {
                continue;
            }

            // The one the first speaker answered, when the turn before theirs is someone else's.
            var partner = t >= 2 && SameConversation(turns, t - 2, t - 1) && SpeakerOrBeat(document, mentions, turns[t - 2]) is { } earlier
                && earlier != before.Identity ? earlier : null;
            var join = !AsksQuestion(document, before.Lines[^1].Span);
            for (var k = t + 1; k < turns.Count && turns[k].NarrationBefore == 0; k++)
            {
                // A turn named by "he" or "she" is only as sure as the coreference behind it: not evidence enough.
                if (turns[k].Identity is { } named && PersonalPronounGender(document, turns[k].Speaker) == MentionAgreement.Unknown)
                {
                    // Joined, turn k is the first speaker's when an even number of turns lie from t to k. Another name
                    // says nothing when the first speaker is a description no name joined: "said the painter" may be Basil.
                    if (named == before.Identity || UnnamedDescription(document, mentions, before.Speaker!.Value) is null)
                    {
                        join = (named == before.Identity) == ((k - t) % 2 == 0);
                    }

                    break;
                }

                // A he or she of the other gender than the first speaker is the other one.
                if (NotTheFirstSpeakers(document, mentions, turns, t, k))
                {
                    join = (k - t) % 2 != 0;
                    break;
                }

                // A turn that calls the first speaker by name ("my dear Watson") is the other one's.
                if (turns[k].Speaker is null && Vocative(document, mentions, turns[k], endearments: true) is { } addressed && Identity(document, mentions, addressed) is { } called
                    && (called == before.Identity || (IsNarrator(document, before.Speaker) && called == narrator)))
                {
                    join = (k - t) % 2 != 0;
                    break;
                }

                // A turn that calls the partner by name ("Your mother would never forgive me, Lucy") is the first speaker's.
                if (turns[k].Speaker is null && partner is not null && Vocative(document, mentions, turns[k], endearments: true) is { } addressing
                    && Identity(document, mentions, addressing) == partner)
                {
                    join = (k - t) % 2 == 0;
                    break;
                }
            }

            if (join)
            {
                foreach (var line in turns[t].Lines)
                {
                    line.Attribution = before.Speaker!.Value with { Rule = "direct:continuation", CueFirst = -1, CueEnd = -1 };
                }

                before.Lines.AddRange(turns[t].Lines);
                turns.RemoveAt(t);
            }
        }
    }

    /// <summary>
    /// True when turn <paramref name="k"/> is attributed to a he or she of the other gender than the first speaker's
    /// (the one before turn <paramref name="t"/>): "'…,' she said" is not a man's line, whoever "she" turns out to be.
    /// </summary>
    private static bool NotTheFirstSpeakers(Document document, SpeakerMentions mentions, List<Turn> turns, int t, int k) =>
        PersonalPronounGender(document, turns[k].Speaker) is var pronoun && pronoun != MentionAgreement.Unknown
        && EntityOf(document, mentions, turns[t - 1].Speaker!.Value) is { } first
        && GenderOf(document, first) is var gender && gender != MentionAgreement.Unknown && gender != pronoun;

    private static bool AsksQuestion(Document document, QuotedSpan span)
    {
        var tokens = document.Tokens;
        for (var k = tokens.IndexAtOrAfter(span.ContentStart); k < tokens.Count && tokens.Starts[k] < span.ContentEnd; k++)
        {
            if (Words.Is(document, k, "?"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="line"/>, with no attribution of its own, opens the line right after one that ends with <paramref name="previous"/>'s attribution ("'…,' said Anna.").</summary>
    private static bool GoesOn(Document document, Line previous, Line line)
    {
        var said = previous.Attribution;
        if (!previous.IsExplicit || line.IsExplicit || said.CueFirst < previous.Span.CloseToken || said.SpeakerFirst < previous.Span.CloseToken)
        {
            return false;
        }

        // The attribution ends the line before this one (its own line when it was cut off: "'…?' ¶ I asked. ¶ '…'").
        for (var k = Math.Max(said.CueEnd, said.SpeakerEnd); k < line.Span.OpenToken; k++)
        {
            if (Words.StartsLine(document, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(Span sentence, Attribution attribution) =>
        attribution.HasSpeaker && attribution.SpeakerFirst >= sentence.FirstToken && attribution.SpeakerFirst < sentence.EndToken;

    private static bool HasQuote(Document document, Span sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (Words.IsOpeningQuote(document, k) || Words.IsClosingQuote(document, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A narration sentence's subject when it names or describes a person ("Anne turned round.", "The parson rode
    /// nearer."). Not a pronoun: which character "he" is in a beat is the coreference's weakest guess, and turn taking
    /// does better there.
    /// </summary>
    private static (int First, int End)? PersonSubject(Document document, Span sentence, SpeakerMentions mentions, out bool pronoun)
    {
        pronoun = false;
        if (SpeakerFinder.SentenceSubject(document, sentence.FirstToken, sentence.EndToken) is not { } subject)
        {
            return null;
        }

        var tokens = document.Tokens;
        var head = subject.End - 1;
        var next = subject.End;
        if (!tokens.HasTags || next >= sentence.EndToken || tokens.Upos[next] is not (UniversalPos.VERB or UniversalPos.AUX))
        {
            return null;
        }

        if (Words.IsPronoun(document, head))
        {
            pronoun = subject.End - subject.First == 1 && MentionFinder.PronounAgreement(Words.Text(document, head)) is MentionAgreement.Masculine or MentionAgreement.Feminine;
            return pronoun ? subject : null;
        }

        if (tokens.Upos[head] == UniversalPos.PROPN)
        {
            return subject;
        }

        var range = new TextRange(tokens.Starts[subject.First], tokens.Ends[head]);
        return mentions.Over(range) is { Type: EntityTypes.Person } ? subject : null;
    }

    /// <summary>Who an attribution names: its entity when one was resolved, else its words; an unresolved pronoun is nobody in particular.</summary>
    private static string? Identity(Document document, SpeakerMentions mentions, Attribution attribution)
    {
        if (!attribution.HasSpeaker)
        {
            return null;
        }

        if (EntityOf(document, mentions, attribution) is { } entity)
        {
            return entity.Id;
        }

        if (attribution.SpeakerEnd - attribution.SpeakerFirst == 1 && Words.IsPronoun(document, attribution.SpeakerFirst))
        {
            // The narration's "I" is always the one narrator; "he" and "she" are nobody in particular until resolved.
            return Words.Text(document, attribution.SpeakerFirst) is "I" ? "I" : null;
        }

        var tokens = document.Tokens;
        return document.Text[tokens.Starts[attribution.SpeakerFirst]..tokens.Ends[attribution.SpeakerEnd - 1]].ToLowerInvariant();
    }
}
