using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Evaluation.Tests;

/// <summary>A stand-in entity stage: writes the entities a test gives for the document's text.</summary>
internal sealed class FixedEntities(Func<string, List<Entity>> entities) : IComponent
{
    public string Name => "fixed-entities";

    public string Version => "1";

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Produces => [LayerNames.Entities];

    public void Process(Document document) => document.Set(AnnotationLayers.Entities, entities(document.Text));

    /// <summary>An entity whose mentions are the first occurrences of the given strings; lower-case ones are pronouns.</summary>
    public static Entity Entity(string text, string id, string type, string? actor, params string[] mentions) => new()
    {
        Id = id,
        Name = mentions[0],
        Type = type,
        Actor = actor is null ? null : new ActorCode(actor, actor[..3], actor.Length > 3 ? actor[3..] : null),
        Mentions = [.. mentions.Select(m => new Mention(Find(text, m), char.IsLower(m[0]) || m == "She" ? MentionKind.Pronoun : MentionKind.Name, "test"))],
    };

    private static TextRange Find(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        return new TextRange(at, at + mention.Length);
    }
}
