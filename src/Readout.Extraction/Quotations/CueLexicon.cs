using System.Collections.Frozen;

namespace Readout.Extraction.Quotations;

/// <summary>
/// Words that introduce a statement: speech verbs in every form, verb + particle cues ("pointed out") and
/// verb + noun cues ("expressed hope").
/// </summary>
/// <remarks>
/// The verb forms start from the Gender Gap Tracker's quote-verb list (MIT, Asr et al. 2021) and add what
/// diplomatic readouts use and that list lacks (stress, underscore, emphasize, reiterate, urge, voice, hail…).
/// </remarks>
internal static class CueLexicon
{
    private static readonly string[] Lemmas =
    [
        // Gender Gap Tracker lemmas.
        "accept", "acclaim", "acknowledge", "add", "admit", "advise", "announce", "argue", "assert", "assure", "claim",
        "clarify", "comment", "conclude", "confirm", "continue", "convince", "criticize", "declaim", "declare", "decry",
        "demonstrate", "denounce", "describe", "disclaim", "dispute", "ensure", "estimate", "exclaim", "explain",
        "highlight", "illustrate", "indicate", "inform", "insist", "mention", "note", "notify", "persist", "point",
        "preach", "predict", "proclaim", "rave", "reassert", "reassure", "reckon", "reconfirm", "remind", "reply",
        "report", "respond", "restate", "retell", "say", "state", "suggest", "tell", "testify", "think", "tweet",
        "warn", "write",

        // Readouts, wire copy and interviews.
        "stress", "underscore", "emphasize", "emphasise", "reiterate", "urge", "voice", "hail", "affirm", "reaffirm",
        "accuse", "deny", "allege", "charge", "contend", "maintain", "observe", "remark", "recall", "reveal", "disclose",
        "concede", "ask", "answer", "add", "vow", "pledge", "promise", "threaten", "demand", "welcome", "condemn",
        "praise", "assert", "caution", "predict", "quip", "shout", "cry", "whisper", "murmur", "mutter", "exclaim",
        "retort", "rejoin", "observe", "believe", "feel", "convey", "propose", "announce", "acknowledge", "insist",

        // Speech verbs of dialogue and interviews, speech in any position ("pleaded that", "'…,' I pleaded").
        "plead", "beg", "implore", "inquire", "enquire", "stammer", "stutter", "gasp", "groan", "growl", "snarl", "sneer",
        "scream", "yell", "roar", "bellow", "hiss", "drawl", "falter", "wail", "moan", "sob", "interrupt", "interject",
        "protest", "object", "repeat", "venture", "whimper", "bawl", "confess", "confide", "shriek", "screech",
        "howl", "grunt", "whine", "croak", "entreat", "beseech", "expostulate", "remonstrate", "interpose",
    ];

    // Verbs that attribute a quotation beside its marks but say nothing as a cue of reported speech: "'But it is,'
    // returned she", "'Now,' he pursued", "'…,' she laughed"; "returned to Kabul" and "began talks" are not speech.
    private static readonly string[] DialogueLemmas =
    [
        "return", "pursue", "resume", "begin", "laugh", "chuckle", "giggle", "smile", "sigh", "grin", "snap", "breathe",
        "cut", "put", "chime", "break", "joke", "tease", "scold", "grumble", "complain", "agree", "assent", "correct", "reason",
        "wonder", "muse", "coax", "prompt", "offer", "greet", "thunder", "hesitate", "challenge", "scoff", "jeer", "taunt",
        "mock", "nod", "shrug", "frown", "smirk", "beam", "snort", "sniff", "squeal", "bark", "ejaculate", "hazard",
        "volunteer", "mumble", "chorus", "pant", "wheeze", "splutter", "sputter", "bluster", "coo", "purr", "rasp", "lisp",
        "concur", "blurt", "admonish", "intone", "chant", "recite", "drawl", "sing",
    ];

    // Verb + particle: "pointed out", "called for", "called on", "went on".
    private static readonly FrozenDictionary<string, string[]> Particles = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["point"] = ["out"],
        ["call"] = ["for", "on", "upon"],
        ["go"] = ["on"],
        ["spell"] = ["out"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Verb + noun: "expressed hope", "voiced concern", "made clear".
    private static readonly FrozenSet<string> ObjectNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hope", "concern", "confidence", "satisfaction", "regret", "support", "readiness", "willingness", "clear", "belief", "doubt");

    private static readonly FrozenSet<string> ObjectVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "make", "made", "makes",
        "making", "convey", "conveyed", "conveys", "conveying", "reiterate", "reiterated", "reiterates", "reiterating");

    // Built after the lemma and particle tables above: static fields initialise in textual order.
    private static readonly FrozenSet<string> Forms = BuildForms(Lemmas.Concat(Particles.Keys));
    private static readonly FrozenSet<string> DialogueForms = BuildForms(DialogueLemmas);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormLookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DialogueLookup = DialogueForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup = ObjectNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectVerbLookup = ObjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for any form of a speech verb ("said", "stresses", "underscoring").</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => FormLookup.Contains(word);

    /// <summary>True for a verb that attributes a quotation only beside its marks ("returned", "laughed", "pursued").</summary>
    public static bool IsDialogueVerb(ReadOnlySpan<char> word) => DialogueLookup.Contains(word);

    /// <summary>True when a verb form of <paramref name="lemma"/> is <paramref name="word"/>.</summary>
    public static bool IsFormOf(ReadOnlySpan<char> word, string lemma)
    {
        foreach (var form in Inflect(lemma))
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lemma of a cue verb form (for "point out", "call for"), or null.</summary>
    public static string? ParticleLemma(ReadOnlySpan<char> word)
    {
        foreach (var lemma in Particles.Keys)
        {
            if (IsFormOf(word, lemma))
            {
                return lemma;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="particle"/> completes the particle cue of <paramref name="lemma"/>.</summary>
    public static bool IsParticleOf(string lemma, ReadOnlySpan<char> particle)
    {
        if (!ParticleLookup.TryGetValue(lemma, out var particles))
        {
            return false;
        }

        foreach (var candidate in particles)
        {
            if (particle.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for "expressed", "voiced", "made" … which become cues with a following noun ("expressed hope").</summary>
    public static bool IsObjectVerb(ReadOnlySpan<char> word) => ObjectVerbLookup.Contains(word);

    /// <summary>True for "hope", "concern", "clear" … after an object verb.</summary>
    public static bool IsObjectNoun(ReadOnlySpan<char> word) => NounLookup.Contains(word);

    /// <summary>True for the -ing form of a verb ("saying", "adding"), which takes its speaker from the main clause.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Forms of "tell", whose indirect object comes before the statement ("told reporters that").</summary>
    public static bool IsTell(ReadOnlySpan<char> word) => IsFormOf(word, "tell") || IsFormOf(word, "inform") || IsFormOf(word, "remind") || IsFormOf(word, "assure");

    private static FrozenSet<string> BuildForms(IEnumerable<string> lemmas)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in lemmas)
        {
            forms.UnionWith(Inflect(lemma));
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The inflected forms of an English verb: base, -s, -ed, -ing, with the irregular ones spelled out.</summary>
    private static string[] Inflect(string lemma) => lemma switch
    {
        "say" => ["say", "says", "said", "saying"],
        "tell" => ["tell", "tells", "told", "telling"],
        "think" => ["think", "thinks", "thought", "thinking"],
        "write" => ["write", "writes", "wrote", "written", "writing"],
        "retell" => ["retell", "retells", "retold", "retelling"],
        "go" => ["go", "goes", "went", "gone", "going"],
        "make" => ["make", "makes", "made", "making"],
        "feel" => ["feel", "feels", "felt", "feeling"],
        "cry" => ["cry", "cries", "cried", "crying"],
        "deny" => ["deny", "denies", "denied", "denying"],
        "reply" => ["reply", "replies", "replied", "replying"],
        "clarify" => ["clarify", "clarifies", "clarified", "clarifying"],
        "testify" => ["testify", "testifies", "testified", "testifying"],
        "notify" => ["notify", "notifies", "notified", "notifying"],
        "decry" => ["decry", "decries", "decried", "decrying"],
        "spell" => ["spell", "spells", "spelled", "spelt", "spelling"],
        "begin" => ["begin", "begins", "began", "begun", "beginning"],
        "break" => ["break", "breaks", "broke", "broken", "breaking"],
        "cut" => ["cut", "cuts", "cutting"],
        "put" => ["put", "puts", "putting"],
        "sob" => ["sob", "sobs", "sobbed", "sobbing"],
        "beseech" => ["beseech", "beseeches", "besought", "beseeched", "beseeching"],
        "beg" => ["beg", "begs", "begged", "begging"],
        "snap" => ["snap", "snaps", "snapped", "snapping"],
        "grin" => ["grin", "grins", "grinned", "grinning"],
        "nod" => ["nod", "nods", "nodded", "nodding"],
        "shrug" => ["shrug", "shrugs", "shrugged", "shrugging"],
        "object" => ["object", "objects", "objected", "objecting"],
        _ => Regular(lemma),
    };

    private static string[] Regular(string lemma)
    {
        if (lemma.EndsWith('e'))
        {
            return [lemma, lemma + "s", lemma + "d", lemma[..^1] + "ing"];
        }

        if (lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x'))
        {
            return [lemma, lemma + "es", lemma + "ed", lemma + "ing"];
        }

        // Doubled final consonant after a short stressed vowel: "quip" → "quipped".
        if (lemma is "quip" or "admit")
        {
            var doubled = lemma + lemma[^1];
            return [lemma, lemma + "s", doubled + "ed", doubled + "ing"];
        }

        return [lemma, lemma + "s", lemma + "ed", lemma + "ing"];
    }
}
