using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Core.Processing;
using Readout.Extraction.Coreference;
using Readout.Extraction.Entities;
using Readout.Extraction.Events;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Quotations;
using Readout.Knowledge;
using Readout.Knowledge.Index;
using Readout.Nlp.Entities;
using Readout.Nlp.Lemmatization;
using Readout.Nlp.Parsing;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tagging;
using Readout.Nlp.Tokenization;

namespace Readout.Extraction;

/// <summary>The pipeline Readout runs by default: every stage whose models are installed, in dependency order.</summary>
public static class StandardPipeline
{
    /// <summary>Builds the standard pipeline. Model-backed stages load their shared, read-only models once per process.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a stage's model is not installed.</exception>
    public static Pipeline Create() => Create(withEntities: true);

    /// <summary>Builds the standard pipeline, with or without the entity stages (recognizer, linker, coreference).</summary>
    /// <param name="withEntities">False leaves out the entity stages: quotation speakers stay the text of their phrase. For measuring what the stages add.</param>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a stage's model is not installed.</exception>
    public static Pipeline Create(bool withEntities)
    {
        var builder = PipelineBuilder.Empty
            .Add(new RuleTokenizer())
            .Add(SentenceModelFiles.Default);
        foreach (var component in SyntaxComponents())
        {
            builder = builder.Add(component);
        }

        // Entities come before quotations, which resolve a speaker ("he", "the President") through them.
        foreach (var component in withEntities ? EntityComponents() : Array.Empty<IComponent>())
        {
            builder = builder.Add(component);
        }

        builder = builder.Add(new QuotationExtractor());
        if (withEntities)
        {
            builder = builder.Add(new QuotedSpeakerResolver());
        }

        builder = WithEventCoder(builder);
        return builder.Build();
    }

    /// <summary>The syntax stages over the shipped models: tagger, lemmatizer, dependency parser and the features that depend on the tree.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a model is not installed.</exception>
    public static IReadOnlyList<IComponent> SyntaxComponents() =>
        [new PerceptronTagger(), new SuffixRuleLemmatizer(), new ArcHybridParser(), new SyntacticFeatureRefiner()];

    /// <summary>Event coding joins once the stages it reads are in: the dependency parse and the entity layer.</summary>
    private static PipelineBuilder WithEventCoder(PipelineBuilder builder)
    {
        var parsed = false;
        var entities = false;
        foreach (var component in builder.Components)
        {
            parsed |= component.Produces.Contains(LayerNames.Dependencies);
            entities |= component.Produces.Contains(LayerNames.Entities);
        }

        return parsed && entities && ModelDirectory.Exists(EventDictionary.RelativePath) ? builder.Add(new EventCoder()) : builder;
    }

    /// <summary>The entity stages, after the syntax stages: the recognizer, the knowledge-base linker and coreference.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a model or the knowledge base is not installed.</exception>
    public static IReadOnlyList<IComponent> EntityComponents()
    {
        var knowledge = KnowledgeBase.Shared;
        return [new PerceptronEntityRecognizer(new KnowledgeGazetteer(knowledge)), new KnowledgeBaseLinker(knowledge), new RuleCoreferenceResolver()];
    }

    /// <summary>What named-entity recognition needs after tokens and sentences: the tagger and the recognizer with the knowledge base as gazetteer.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a model is not installed.</exception>
    public static IReadOnlyList<IComponent> EntityRecognitionComponents() =>
        [new PerceptronTagger(), new PerceptronEntityRecognizer(new KnowledgeGazetteer(KnowledgeBase.Shared))];
}
