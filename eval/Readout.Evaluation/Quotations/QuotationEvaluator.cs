using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Quotations;

/// <summary>
/// Scores quotation extraction: detection (a system quotation matches a gold one when their contents overlap with a
/// character Jaccard of at least 0.8, one to one), exact content match, kind and cue accuracy, and speaker accuracy
/// over matched quotations.
/// </summary>
public static class QuotationEvaluator
{
    private const double MatchJaccard = 0.8;

    /// <summary>Scores the data in <paramref name="directory"/>: a LitBank folder (direct speech only), or a folder of expected-results JSON.</summary>
    /// <param name="directory">The gold data.</param>
    /// <param name="pipeline">The pipeline that reads each document.</param>
    /// <param name="errors">Where misses and misattributions are listed, if anywhere.</param>
    /// <param name="half">
    /// <c>all</c>, or one half of the documents (<c>dev</c> or <c>test</c>, by <see cref="HalfOf"/>): LitBank has no
    /// development split, so rules are found on one half and the other is only scored.
    /// </param>
    public static EvaluationReport Evaluate(string directory, Pipeline pipeline, TextWriter? errors = null, string half = "all")
    {
        var isLitBank = Directory.Exists(Path.Combine(directory, "quotations", "tsv"));
        var articles = isLitBank ? LitBankReader.Read(directory) : ExpectedJsonReader.Read(directory);
        if (half != "all")
        {
            articles = articles.Where(a => HalfOf(a.Name) == half).ToList();
        }

        var byRule = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        long gold = 0, system = 0, matched = 0, exact = 0, speakerRight = 0, speakerGold = 0, kindRight = 0, kindGold = 0, cueRight = 0, cueGold = 0, aligned = 0;
        foreach (var article in articles)
        {
            var document = new Document(article.Text, article.Name) { Published = article.Published };
            pipeline.Process(document);
            var quotes = document.Get(AnnotationLayers.Quotations) ?? [];
            var entities = document.Get(AnnotationLayers.Entities);

            // LitBank annotates direct speech only: reported speech is neither right nor wrong there.
            if (isLitBank)
            {
                quotes = quotes.Where(q => q.Kind == QuotationKind.Direct).ToList();
            }

            gold += article.Quotations.Count;
            system += quotes.Count;
            var used = new bool[quotes.Count];
            var pairs = new List<(string? System, string Gold)>();
            foreach (var raw in article.Quotations)
            {
                var expected = Normalise(raw, article.Text);
                var best = -1;
                var bestJaccard = 0.0;
                for (var i = 0; i < quotes.Count; i++)
                {
                    var jaccard = Jaccard(expected.Start, expected.End, quotes[i].Content.Start, quotes[i].Content.End);
                    if (!used[i] && jaccard > bestJaccard)
                    {
                        best = i;
                        bestJaccard = jaccard;
                    }
                }

                if (best < 0 || bestJaccard < MatchJaccard)
                {
                    errors?.WriteLine($"{article.Name}: missed «{Clip(article.Text[expected.Start..expected.End])}» ({expected.Speaker})");
                    continue;
                }

                used[best] = true;
                matched++;
                var quote = quotes[best];
                var content = Normalise(new GoldQuotation(quote.Content.Start, quote.Content.End, null), article.Text);
                if (content.Start == expected.Start && content.End == expected.End)
                {
                    exact++;
                }

                if (expected.Speaker is not null)
                {
                    speakerGold++;
                    pairs.Add((SpeakerIdentity(quote, article.Text), expected.Speaker));
                    var right = SpeakerMatches(expected.Speaker, quote, article.Text, entities);
                    var key = quote.Speaker is { } mention && mention.Of(article.Text) is "he" or "she" or "He" or "She" or "they" or "I" ? quote.Rule + " (pronoun)" : quote.Rule;
                    var tally = byRule.GetValueOrDefault(key);
                    byRule[key] = (tally.Right + (right ? 1 : 0), tally.All + 1);
                    if (right)
                    {
                        speakerRight++;
                    }
                    else
                    {
                        errors?.WriteLine($"{article.Name}: speaker {Describe(quote, article.Text, entities)} for «{Clip(article.Text[expected.Start..expected.End])}», gold {expected.Speaker}");
                    }
                }

                if (expected.Kind is not null)
                {
                    kindGold++;
                    kindRight += string.Equals(expected.Kind, KindName(quote.Kind), StringComparison.Ordinal) ? 1 : 0;
                }

                if (expected.Cue is not null)
                {
                    cueGold++;
                    cueRight += quote.Cue is { } cue && string.Equals(cue.Of(article.Text), expected.Cue, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                }
            }

            aligned += AlignedRight(pairs);
            for (var i = 0; i < quotes.Count; i++)
            {
                if (!used[i])
                {
                    errors?.WriteLine($"{article.Name}: extra «{Clip(quotes[i].Content.Of(article.Text))}» ({quotes[i].Rule})");
                }
            }
        }

        // Which rules give right speakers: the list an engineer reads first.
        foreach (var (rule, tally) in byRule)
        {
            errors?.WriteLine($"speaker by rule: {rule,-36} {tally.Right,5} / {tally.All,5} right ({100.0 * tally.Right / tally.All:F1}%)");
        }

        var detection = new Counts(matched, system, gold);
        var report = new EvaluationReport("quotes")
            .Fact("data", directory)
            .Fact("documents", articles.Count)
            .Metric("f1", detection.F1)
            .Metric("precision", detection.Precision)
            .Metric("recall", detection.Recall)
            .Metric("speaker_accuracy", speakerGold == 0 ? 0 : 100.0 * speakerRight / speakerGold)
            .Metric("speaker_accuracy_aligned", speakerGold == 0 ? 0 : 100.0 * aligned / speakerGold)
            .Metric("exact_f1", new Counts(exact, system, gold).F1);
        if (kindGold > 0)
        {
            report.Metric("kind_accuracy", 100.0 * kindRight / kindGold);
        }

        if (cueGold > 0)
        {
            report.Metric("cue_accuracy", 100.0 * cueRight / cueGold);
        }

        return report.Fact("gold_quotes", gold).Fact("system_quotes", system);
    }

    /// <summary>
    /// The half a document belongs to, <c>dev</c> or <c>test</c>: by a fixed hash of its name (FNV-1a), so the halves
    /// never change as code or data order does.
    /// </summary>
    public static string HalfOf(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 1) == 0 ? "dev" : "test";
    }

    /// <summary>
    /// The speaker is right when the resolved name, the mention, or another name or description of the resolved entity
    /// shares a name word with the gold speaker ("Mrs_Bennet-1" and "Mrs. Bennet"; "Ebrahim Raisi" and "President
    /// Raisi"), or, for a gold label that is a description ("his_mother-24"), has its words; a bare pronoun never
    /// matches, except "I" for a first-person narrator (LitBank labels them "I-0" or "narrator-1").
    /// </summary>
    public static bool SpeakerMatches(string gold, Quotation quote, string text, IReadOnlyList<Entity>? entities = null)
    {
        var names = new List<string>();
        if (quote.SpeakerName is { } resolved)
        {
            names.Add(resolved);
        }

        if (quote.Speaker is { } mention)
        {
            names.Add(mention.Of(text));
        }

        if (quote.SpeakerEntityId is { } id && entities?.FirstOrDefault(e => e.Id == id) is { } entity)
        {
            names.AddRange(entity.Mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => m.Range.Of(text)));
        }

        // An entity named "Mrs. Bennet" anywhere is not Mr_Bennet, whatever its other names ("Bennet") share with him.
        if (GoldTitle(gold) is { } goldTitle && names.Exists(name => Title(name) is { } title && title != goldTitle))
        {
            return false;
        }

        return names.Exists(name => NameMatches(gold, name));
    }

    private static char? GoldTitle(string gold) => Title(GoldName(gold));

    /// <summary>A LitBank speaker label as words: "Mrs_Bennet-7" is "Mrs Bennet".</summary>
    private static string GoldName(string gold) => gold[..(gold.LastIndexOf('-') is var dash and > 0 ? dash : gold.Length)].Replace('_', ' ').Trim();

    /// <summary>
    /// Who the system says spoke, as one key per referent: the speaker's entity, else its words; an unresolved he, she
    /// or they is nobody. The narrator's "I" is one key, as it is one person.
    /// </summary>
    private static string? SpeakerIdentity(Quotation quote, string text)
    {
        if (quote.SpeakerEntityId is { } id)
        {
            return id;
        }

        var words = quote.SpeakerName ?? quote.Speaker?.Of(text);
        return words is null || words.ToLowerInvariant() is "he" or "she" or "they" or "it" or "you" or "we" ? null : words.ToLowerInvariant();
    }

    /// <summary>
    /// Speakers right under a one-to-one pairing of the system's speakers with the gold ones, as speaker
    /// diarization is scored: the gold ids are LitBank's character ids ("FARMER_OAK-0"), which a name ("Gabriel") or a
    /// description ("the little girl") of the right person cannot match by its words. The pairing is greedy, largest
    /// agreement first; one system speaker stands for one gold speaker at most, so lumping every line on one
    /// character earns only that character's lines.
    /// </summary>
    private static long AlignedRight(List<(string? System, string Gold)> pairs)
    {
        var counts = pairs.Where(p => p.System is not null).GroupBy(p => (p.System!, p.Gold)).Select(g => (g.Key.Item1, g.Key.Gold, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Gold, StringComparer.Ordinal);
        var systemTaken = new HashSet<string>(StringComparer.Ordinal);
        var goldTaken = new HashSet<string>(StringComparer.Ordinal);
        long right = 0;
        foreach (var (systemSpeaker, goldSpeaker, count) in counts)
        {
            if (!systemTaken.Contains(systemSpeaker) && !goldTaken.Contains(goldSpeaker))
            {
                systemTaken.Add(systemSpeaker);
                goldTaken.Add(goldSpeaker);
                right += count;
            }
        }

        return right;
    }

    private static bool NameMatches(string gold, string name)
    {
        var goldName = GoldName(gold);

        // A first-person narrator is right when the speaker is "I".
        if (goldName is "I" or "we" or "We")
        {
            return string.Equals(name.Trim(), goldName, StringComparison.OrdinalIgnoreCase);
        }

        if (goldName.Contains("narrator", StringComparison.OrdinalIgnoreCase) && name.Trim() == "I")
        {
            return true;
        }

        var goldWords = NameWords(goldName);
        if (goldWords.Count == 0)
        {
            // A description rather than a name ("joint statement", "officials from both countries").
            return ContentWords(name).SetEquals(ContentWords(goldName));
        }

        return NameWords(name).Overlaps(goldWords);
    }

    /// <summary>The gendered form of address a name opens with: Mr and Sir for a man, Mrs, Miss, Ms and Lady for a woman.</summary>
    private static char? Title(string name)
    {
        var first = name.TrimStart().Split([' ', '.', '_'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        return first switch
        {
            "mr" or "sir" or "lord" => 'm',
            "mrs" or "miss" or "ms" or "lady" => 'f',
            _ => null,
        };
    }

    private static HashSet<string> ContentWords(string phrase) =>
        new(phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("a" or "an" or "the")), StringComparer.Ordinal);

    private static HashSet<string> NameWords(string name)
    {
        var words = name.Split([' ', '.', ',', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && char.IsUpper(w[0]))
            .Select(w => w.ToLowerInvariant())
            .Where(w => w is not ("mr" or "mrs" or "miss" or "ms" or "dr" or "sir" or "lady" or "lord" or "the" or "president" or "minister" or "he" or "she" or "they" or "it" or "i" or "we" or "you"));
        return new HashSet<string>(words, StringComparer.Ordinal);
    }

    /// <summary>
    /// Spans compared without surrounding spaces, a trailing comma and an opening dash: gold sets differ on whether "…,"
    /// keeps its comma, and LitBank keeps the dash that opens a line of dash dialogue ("-- What is your name ?"), which
    /// is that dialogue's quotation mark and so outside a content span.
    /// </summary>
    private static GoldQuotation Normalise(GoldQuotation quote, string text)
    {
        var (start, end) = (quote.Start, quote.End);
        start = SkipSpaces(text, start, end);
        var dash = text.AsSpan(start, end - start) is var span && span.StartsWith("--") ? 2 : span.StartsWith("\u2014") ? 1 : 0;
        start = SkipSpaces(text, start + dash, end);

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return quote with { Start = start, End = end };
    }

    private static int SkipSpaces(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static string KindName(QuotationKind kind) => kind switch
    {
        QuotationKind.Direct => "direct",
        QuotationKind.Indirect => "indirect",
        _ => "mixed",
    };

    private static string Describe(Quotation quote, string text, IReadOnlyList<Entity>? entities)
    {
        var mention = quote.Speaker?.Of(text);
        var said = quote.SpeakerName is { } name && mention is not null && mention != name ? $"{mention} → {name}" : quote.SpeakerName ?? mention ?? "(none)";
        var named = quote.SpeakerEntityId is { } id && entities?.FirstOrDefault(e => e.Id == id) is { } entity
            ? entity.Mentions.FirstOrDefault(m => m.Kind != MentionKind.Pronoun)?.Range.Of(text)
            : null;
        return named is null || named == said ? $"{said} [{quote.Rule}]" : $"{said} = {named} [{quote.Rule}]";
    }

    private static double Jaccard(int a0, int a1, int b0, int b1)
    {
        var intersection = Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
        var union = Math.Max(a1, b1) - Math.Min(a0, b0);
        return union <= 0 ? 0 : (double)intersection / union;
    }

    private static string Clip(string text) => (text.Length <= 70 ? text : text[..35] + " … " + text[^30..]).Replace('\n', ' ');
}
