using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Coreference;

/// <summary>
/// Scores the entity layer's coreference against GUM's (the <c>dep-open</c> documents of a split): MUC, B³, CEAF-e and
/// the CoNLL F1, end to end on the rebuilt text, overall and for people (where pronouns and titles matter most), and
/// how often a third-person pronoun is resolved and how often to the right referent.
/// </summary>
/// <remarks>
/// Singletons are left out on both sides, as in CoNLL-2012. A system mention stands for the gold mention with the same
/// span, or else for the shortest gold mention that contains it and ends or starts where it does ("Raisi" in gold
/// "President Raisi", "the minister" in "the minister of defence"). GUM annotates every referent, ours only the named,
/// titled and pronominal ones, so recall is bounded well below 100.
/// </remarks>
public static class CoreferenceEvaluator
{
    private static readonly HashSet<string> ThirdPersonPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
    };

    /// <summary>Scores <paramref name="pipeline"/> (which must produce the entity layer) on one GUM split.</summary>
    /// <param name="directory">The GUM folder with <c>dep-open/</c> and <c>splits/</c>.</param>
    /// <param name="split">test, dev or train.</param>
    /// <param name="pipeline">The pipeline to run on each document's text.</param>
    /// <param name="details">Receives one line per pronoun resolved wrongly, or null.</param>
    public static EvaluationReport Evaluate(string directory, string split, Pipeline pipeline, TextWriter? details = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var files = SplitFiles(directory, split);
        var overall = new CoreferenceScorer<(int, int)>();
        var people = new CoreferenceScorer<(int, int)>();
        int goldPronouns = 0, resolved = 0, right = 0, goldClusters = 0, systemClusters = 0;
        foreach (var file in files)
        {
            var (text, mentions) = GumEntityReader.Read(file);
            var document = new Document(text, Path.GetFileName(file));
            pipeline.Process(document);
            var entities = document.Get(AnnotationLayers.Entities) ?? [];

            var goldByCluster = mentions.GroupBy(m => m.Cluster).Where(g => g.Count() > 1).ToList();
            var goldKeys = new Dictionary<(int, int), string>();
            foreach (var cluster in goldByCluster)
            {
                foreach (var mention in cluster)
                {
                    goldKeys.TryAdd((mention.Start, mention.End), cluster.Key);
                }
            }

            var aligned = Align(mentions, entities);
            var gold = goldByCluster.Select(g => (IReadOnlyCollection<(int, int)>)g.Select(m => (m.Start, m.End)).ToHashSet()).ToList();
            var system = entities.Select(e => (IReadOnlyCollection<(int, int)>)e.Mentions.Select(m => aligned[m.Range]).ToHashSet()).Where(c => c.Count > 1).ToList();
            overall.Add(gold, system);
            goldClusters += gold.Count;
            systemClusters += system.Count;

            var goldPeople = goldByCluster.Where(g => g.First().Type == "person").Select(g => (IReadOnlyCollection<(int, int)>)g.Select(m => (m.Start, m.End)).ToHashSet()).ToList();
            var systemPeople = entities.Where(e => e.Type == "PERSON").Select(e => (IReadOnlyCollection<(int, int)>)e.Mentions.Select(m => aligned[m.Range]).ToHashSet()).Where(c => c.Count > 1).ToList();
            people.Add(goldPeople, systemPeople);

            // Pronouns: resolved when the system puts one in an entity with a name or description; right when one of those stands for a gold mention of its cluster.
            var entityOf = new Dictionary<(int, int), Entity>();
            foreach (var entity in entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    entityOf.TryAdd(aligned[mention.Range], entity);
                }
            }

            foreach (var pronoun in mentions)
            {
                if (!pronoun.IsPronoun || !ThirdPersonPronouns.Contains(text[pronoun.Start..pronoun.End]) || !goldKeys.TryGetValue((pronoun.Start, pronoun.End), out var cluster))
                {
                    continue;
                }

                goldPronouns++;
                if (!entityOf.TryGetValue((pronoun.Start, pronoun.End), out var entity) || entity.Mentions.All(m => m.Kind == MentionKind.Pronoun))
                {
                    continue;
                }

                resolved++;
                var correct = entity.Mentions.Any(m => m.Kind != MentionKind.Pronoun && goldKeys.TryGetValue(aligned[m.Range], out var other) && other == cluster);
                right += correct ? 1 : 0;
                if (!correct)
                {
                    details?.WriteLine($"{Path.GetFileName(file)}: \"{text[pronoun.Start..pronoun.End]}\" at {pronoun.Start} resolved to {entity.Name}");
                }
            }
        }

        var report = new EvaluationReport("coref");
        Add(report, string.Empty, overall);
        Add(report, "person_", people);
        report.Metric("pronoun_resolved", Percent(resolved, goldPronouns));
        report.Metric("pronoun_precision", Percent(right, resolved));
        report.Fact("documents", files.Count);
        report.Fact("gold_clusters", goldClusters);
        report.Fact("system_clusters", systemClusters);
        report.Fact("gold_pronouns", goldPronouns);
        report.Fact("data", directory);
        return report;
    }

    /// <summary>For every system mention, the gold span it stands for (or its own span when none fits).</summary>
    private static Dictionary<TextRange, (int, int)> Align(List<GumMention> gold, IReadOnlyList<Entity> entities)
    {
        var exact = new HashSet<(int, int)>(gold.Select(m => (m.Start, m.End)));
        var taken = new HashSet<(int, int)>();
        var aligned = new Dictionary<TextRange, (int, int)>();
        foreach (var range in entities.SelectMany(e => e.Mentions).Select(m => m.Range).OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            var own = (range.Start, range.End);
            var key = own;
            if (!exact.Contains(own))
            {
                var best = -1;
                for (var i = 0; i < gold.Count; i++)
                {
                    var m = gold[i];
                    if (m.Start <= range.Start && m.End >= range.End && (m.Start == range.Start || m.End == range.End) && !taken.Contains((m.Start, m.End))
                        && (best < 0 || m.End - m.Start < gold[best].End - gold[best].Start))
                    {
                        best = i;
                    }
                }

                key = best >= 0 ? (gold[best].Start, gold[best].End) : own;
            }

            aligned[range] = taken.Add(key) ? key : own;
        }

        return aligned;
    }

    private static void Add<T>(EvaluationReport report, string prefix, CoreferenceScorer<T> scorer)
        where T : notnull
    {
        report.Metric(prefix + "muc_f1", scorer.Muc.F1);
        report.Metric(prefix + "b3_f1", scorer.BCubed.F1);
        report.Metric(prefix + "ceafe_f1", scorer.CeafEntity.F1);
        report.Metric(prefix + "conll_f1", scorer.ConllF1);
        report.Metric(prefix + "muc_precision", scorer.Muc.Precision);
        report.Metric(prefix + "muc_recall", scorer.Muc.Recall);
    }

    private static List<string> SplitFiles(string directory, string split)
    {
        var list = Path.Combine(directory, "splits", split + ".txt");
        var folder = Path.Combine(directory, "dep-open");
        if (!File.Exists(list) || !Directory.Exists(folder))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: expected splits/{split}.txt and dep-open/ (a GUM folder)");
        }

        var files = File.ReadAllLines(list)
            .Select(line => line.Trim())
            .Where(name => name.Length > 0)
            .Select(name => Path.Combine(folder, name + ".conllu"))
            .Where(File.Exists)
            .ToList();
        return files.Count > 0 ? files : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{folder}: none of the {split} documents");
    }

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
