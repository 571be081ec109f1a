using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;

namespace Readout.Core.Tests.Processing;

public sealed class PipelineBuilderTests
{
    private sealed class FakeComponent(string name, string[] requires, string[] produces) : IComponent
    {
        public string Name => name;

        public string Version => "1";

        public IReadOnlyList<string> Requires => requires;

        public IReadOnlyList<string> Produces => produces;

        public int Calls { get; private set; }

        public void Process(Document document) => Calls++;
    }

    [Fact]
    public void A_wrong_order_is_refused_with_a_coded_error_naming_the_layer_and_its_producer()
    {
        var tokenizer = new FakeComponent("tokenizer", [], [LayerNames.Tokens]);
        var tagger = new FakeComponent("tagger", [LayerNames.Tokens], [LayerNames.PartsOfSpeech]);
        var error = Assert.Throws<ReadoutException>(() => PipelineBuilder.Empty.Add(tagger).Add(tokenizer).Build());
        Assert.Equal(ErrorCodes.MissingRequirement, error.Code);
        Assert.Contains("'tokens'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tokenizer', which must come earlier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_nobody_produces_is_refused()
    {
        var parser = new FakeComponent("parser", [LayerNames.PartsOfSpeech], [LayerNames.Dependencies]);
        var error = Assert.Throws<ReadoutException>(() => PipelineBuilder.Empty.Add(parser).Build());
        Assert.Contains("no component in this pipeline produces it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_component_twice_is_refused()
    {
        var tokenizer = new FakeComponent("tokenizer", [], [LayerNames.Tokens]);
        var error = Assert.Throws<ReadoutException>(() => PipelineBuilder.Empty.Add(tokenizer).Add(tokenizer).Build());
        Assert.Equal(ErrorCodes.DuplicateComponent, error.Code);
    }

    [Fact]
    public void The_builder_is_immutable()
    {
        var empty = PipelineBuilder.Empty;
        var one = empty.Add(new FakeComponent("tokenizer", [], [LayerNames.Tokens]));
        Assert.Empty(empty.Components);
        Assert.Single(one.Components);
    }

    [Fact]
    public void A_built_pipeline_runs_components_in_order_and_names_their_versions()
    {
        var tokenizer = new FakeComponent("tokenizer", [], [LayerNames.Tokens]);
        var tagger = new FakeComponent("tagger", [LayerNames.Tokens], [LayerNames.PartsOfSpeech]);
        var pipeline = PipelineBuilder.Empty.Add(tokenizer).Add(tagger).Build();
        pipeline.Process(new Document("x"));
        Assert.Equal(1, tokenizer.Calls);
        Assert.Equal(1, tagger.Calls);
        Assert.Equal("tokenizer@1+tagger@1", pipeline.Version);
    }
}
