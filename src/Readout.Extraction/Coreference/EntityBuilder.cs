using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Knowledge.Actors;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Coreference;

/// <summary>Turns the clusters coreference made into the document's entities: ids in order of first mention, a name, a type, the link and the actor.</summary>
internal static class EntityBuilder
{
    public static List<Entity> Build(Document document, List<MentionCluster> clusters)
    {
        var open = clusters.FindAll(c => c.MergedInto is null && c.Mentions.Count > 0);
        foreach (var cluster in open)
        {
            cluster.Mentions.Sort((a, b) => a.Mention.Range.Start != b.Mention.Range.Start
                ? a.Mention.Range.Start.CompareTo(b.Mention.Range.Start)
                : b.Mention.Range.End.CompareTo(a.Mention.Range.End));
        }

        open.Sort((a, b) => a.Mentions[0].Mention.Range.Start != b.Mentions[0].Mention.Range.Start
            ? a.Mentions[0].Mention.Range.Start.CompareTo(b.Mentions[0].Mention.Range.Start)
            : a.Index.CompareTo(b.Index));
        var ids = new Dictionary<MentionCluster, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < open.Count; i++)
        {
            ids[open[i]] = $"e{i + 1}";
        }

        var entities = new List<Entity>(open.Count);
        foreach (var cluster in open)
        {
            var mentions = new List<Mention>(cluster.Mentions.Count);
            foreach (var (mention, rule) in cluster.Mentions)
            {
                if (mentions.Count == 0 || mentions[^1].Range != mention.Range)
                {
                    mentions.Add(new Mention(mention.Range, mention.Kind, rule));
                }
            }

            var code = ActorOf(cluster);
            entities.Add(new Entity
            {
                Id = ids[cluster],
                Name = NameOf(document, cluster),
                Type = TypeOf(cluster),
                KnowledgeBaseId = cluster.KnowledgeBaseId,
                Actor = code is null ? null : ActorCodes.ToAnnotation(code),
                Mentions = mentions,
                Members = cluster.Members.Count == 0 ? null : [.. cluster.Members.Select(m => ids.TryGetValue(m.Root, out var id) ? id : null).OfType<string>()],
            });
        }

        return entities;
    }

    private static string TypeOf(MentionCluster cluster)
    {
        if (cluster.Type is { } type)
        {
            return type;
        }

        return cluster.Mentions.Exists(m => m.Mention.Kind == MentionKind.Nominal && m.Mention.Title is not null) ? EntityTypes.Person : EntityTypes.Organization;
    }

    /// <summary>The knowledge-base name; else the longest name; else the first description; a group names its members.</summary>
    private static string NameOf(Document document, MentionCluster cluster)
    {
        if (cluster.Members.Count > 0)
        {
            return string.Join(" and ", cluster.Members.Select(m => NameOf(document, m.Root)));
        }

        string? longest = null;
        foreach (var (mention, _) in cluster.Mentions)
        {
            if (mention.KnowledgeBaseName is { } known && mention.KnowledgeBaseId == cluster.KnowledgeBaseId)
            {
                return known;
            }

            if (mention.Kind == MentionKind.Name && mention.Name.First >= 0)
            {
                var name = document.Text[document.Tokens.Starts[mention.Name.First]..document.Tokens.Ends[mention.Name.End - 1]];
                if (longest is null || name.Length > longest.Length)
                {
                    longest = name;
                }
            }
        }

        if (longest is not null)
        {
            return longest;
        }

        var first = cluster.Mentions.Find(m => m.Mention.Kind != MentionKind.Pronoun).Mention ?? cluster.Mentions[0].Mention;
        return document.Text[first.Range.Start..first.Range.End];
    }

    /// <summary>The actor code of the best-linked mention: names before descriptions, linked before unlinked.</summary>
    private static string? ActorOf(MentionCluster cluster)
    {
        if (cluster.Members.Count > 0)
        {
            return null;
        }

        string? fallback = null;
        foreach (var (mention, _) in cluster.Mentions)
        {
            // A mention linked to another entry than the cluster's carries that entry's code, not this one's.
            if (mention.ActorCode is not { } code || (mention.KnowledgeBaseId is not null && mention.KnowledgeBaseId != cluster.KnowledgeBaseId))
            {
                continue;
            }

            if (mention.KnowledgeBaseId is not null && mention.KnowledgeBaseId == cluster.KnowledgeBaseId)
            {
                return code;
            }

            fallback ??= code;
        }

        return fallback;
    }
}
