using System.Text.Json;
using Readout.Core.Annotations;
using Readout.Core.Contract;
using Readout.Testing;

namespace Readout.Core.Tests.Contract;

public sealed class ContractWriterTests
{
    [Fact]
    public void An_unanalysed_document_has_every_contract_field_with_empty_layers()
    {
        var document = new DocBuilder().Sentence("Hello there .").Published("2023-11-15").Build();
        var json = JsonDocument.Parse(ContractWriter.ToJson(ContractMapper.ToContract(document))).RootElement;
        foreach (var field in new[] { "id", "source", "title", "published", "text", "sentences", "entities", "quotes", "events" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"missing '{field}'");
        }

        Assert.False(json.TryGetProperty("tokens", out _));
        Assert.Equal("2023-11-15", json.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("title").ValueKind);
        Assert.Equal(0, json.GetProperty("entities").GetArrayLength());
        Assert.Equal(13, json.GetProperty("sentences")[0].GetProperty("end").GetInt32());
    }

    [Fact]
    public void Quotes_and_events_are_written_with_snake_case_names_and_their_text()
    {
        var document = new DocBuilder().Sentence("Raisi said Iran would help .").Build();
        document.Set(AnnotationLayers.Quotations, new List<Quotation>
        {
            new()
            {
                Id = "q1", Kind = QuotationKind.Indirect, Speaker = new TextRange(0, 5), SpeakerEntityId = "e1", SpeakerName = "Ebrahim Raisi",
                Cue = new TextRange(6, 10), Content = new TextRange(11, 26), Rule = "test",
            },
        });
        document.Set(AnnotationLayers.Events, new List<PoliticalEvent>
        {
            new()
            {
                Id = "v1", Cameo = "030", Plover = "COOPERATE", Goldstein = 4.0, QuadClass = 1,
                Source = new EventParticipant("e1", "Ebrahim Raisi", "IRNGOV"), Evidence = new TextRange(0, 26), Rule = "test",
            },
        });
        var json = JsonDocument.Parse(ContractWriter.ToJson(ContractMapper.ToContract(document))).RootElement;
        var quote = json.GetProperty("quotes")[0];
        Assert.Equal("indirect", quote.GetProperty("kind").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("Iran would help", quote.GetProperty("content").GetProperty("text").GetString());
        Assert.Equal("e1", quote.GetProperty("speaker").GetProperty("entity").GetString());
        var politicalEvent = json.GetProperty("events")[0];
        Assert.Equal(1, politicalEvent.GetProperty("quad_class").GetInt32());
        Assert.Equal(JsonValueKind.Null, politicalEvent.GetProperty("target").ValueKind);
        Assert.Equal("IRNGOV", politicalEvent.GetProperty("source").GetProperty("code").GetString());
    }

    [Fact]
    public void Entity_mentions_carry_their_kind_and_the_rule_that_attached_them_and_read_back()
    {
        var document = new DocBuilder().Sentence("Raisi said he would help .").Build();
        document.Set(AnnotationLayers.Entities, new List<Entity>
        {
            new()
            {
                Id = "e1", Name = "Ebrahim Raisi", Type = "PERSON",
                Mentions = [new Mention(new TextRange(0, 5), MentionKind.Name, "name+kb:surname"), new Mention(new TextRange(11, 13), MentionKind.Pronoun, "pronoun:subject")],
            },
        });
        var written = ContractWriter.ToJson(ContractMapper.ToContract(document));
        var mentions = JsonDocument.Parse(written).RootElement.GetProperty("entities")[0].GetProperty("mentions");
        Assert.Equal("name", mentions[0].GetProperty("kind").GetString());
        Assert.Equal("he", mentions[1].GetProperty("text").GetString());
        Assert.Equal("pronoun", mentions[1].GetProperty("kind").GetString());
        Assert.Equal("pronoun:subject", mentions[1].GetProperty("rule").GetString());
        Assert.Equal("name+kb:surname", ContractWriter.Read(written)!.Entities[0].Mentions[0].Rule);
    }

    [Fact]
    public void Tokens_are_written_only_when_asked()
    {
        var document = new DocBuilder().Sentence("Iran said").Tags("PROPN VERB").Heads("2 0", "nsubj root").Build();
        var json = JsonDocument.Parse(ContractWriter.ToJson(ContractMapper.ToContract(document, includeTokens: true))).RootElement;
        var token = json.GetProperty("tokens")[0];
        Assert.Equal("Iran", token.GetProperty("text").GetString());
        Assert.Equal("PROPN", token.GetProperty("upos").GetString());
        Assert.Equal(1, token.GetProperty("head").GetInt32());
        Assert.Equal("nsubj", token.GetProperty("deprel").GetString());
    }

    [Fact]
    public void Contract_round_trips()
    {
        var document = new DocBuilder().Sentence("A \u201Cquoted\u201D word .").Build();
        var written = ContractWriter.ToJson(ContractMapper.ToContract(document));
        var read = ContractWriter.Read(written);
        Assert.NotNull(read);
        Assert.Equal(document.Text, read.Text);
        Assert.Equal(written, ContractWriter.ToJson(read));
    }
}
