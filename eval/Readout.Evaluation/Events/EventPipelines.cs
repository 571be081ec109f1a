using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Extraction;
using Readout.Extraction.Events;

namespace Readout.Evaluation.Events;

/// <summary>
/// The pipelines the event evaluations run: Readout's own stages up to the parse (and the entities and quotations when
/// installed), then an event coder configured for the evaluation in place of the standard one.
/// </summary>
public static class EventPipelines
{
    /// <summary>The standard stages without event coding.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> when no installed stage produces the dependency parse.</exception>
    public static Pipeline Parsing()
    {
        var builder = PipelineBuilder.Empty;
        var parsed = false;
        foreach (var component in StandardPipeline.Create().Components)
        {
            if (component is EventCoder)
            {
                continue;
            }

            parsed |= component.Produces.Contains(LayerNames.Dependencies);
            builder = builder.Add(component);
        }

        return parsed
            ? builder.Build()
            : throw new ReadoutException(ErrorCodes.ModelMissing, "Readout's dependency parser is not installed: this evaluation needs it (the PETRARCH suites can use --parse given)");
    }

    /// <summary>
    /// A function that analyses a worked-example article with the standard stages and <paramref name="coder"/>, its
    /// entities taken from the gold (<paramref name="goldEntities"/>) or from Readout's entity stage.
    /// </summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> when Readout's entities are asked for and no installed stage produces them.</exception>
    public static Func<EventArticle, Document> AnalyseArticle(EventCoder coder, bool goldEntities)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var parsing = Parsing();
        if (!goldEntities && !parsing.Components.Any(c => c.Produces.Contains(LayerNames.Entities)))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, "Readout's entity stage is not installed: score the event coder alone with --actors gold");
        }

        return article =>
        {
            var document = new Document(article.Text, article.Name) { Published = article.Published };
            parsing.Process(document);
            if (goldEntities)
            {
                GoldEntityLayer.Apply(document, article.Entities);
            }

            coder.Process(document);
            return document;
        };
    }

    /// <summary>A function that analyses a sentence with the standard stages and <paramref name="coder"/>.</summary>
    public static Func<string, Document> Analyse(EventCoder coder, DateOnly? published = null)
    {
        var parsing = Parsing();
        return text =>
        {
            var document = new Document(text, "evaluation") { Published = published };
            parsing.Process(document);
            coder.Process(document);
            return document;
        };
    }
}
