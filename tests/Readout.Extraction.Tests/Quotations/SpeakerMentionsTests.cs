using Readout.Core.Annotations;
using Readout.Extraction.Quotations;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Tests.Quotations;

/// <summary>Speaker phrases resolved to people by their name words, over mentions placed by hand.</summary>
public sealed class SpeakerMentionsTests
{
    private const string Text = "Mr. Cotter sat by the fire. Tomas Cotter left. The poet Cotter spoke. A Cotter aide spoke. Old Brandt spoke.";

    private static Entity Person(string id, string mention) => new()
    {
        Id = id,
        Name = mention,
        Type = EntityTypes.Person,
        Mentions = [new Mention(Range(mention), MentionKind.Name, "name")],
    };

    private static TextRange Range(string phrase)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        return new TextRange(start, start + phrase.Length);
    }

    [Fact]
    public void A_phrase_no_mention_covers_is_the_one_person_named_with_its_name_words_when_the_name_is_its_head()
    {
        var cotter = Person("e1", "Mr. Cotter");
        var mentions = new SpeakerMentions([cotter], Text);
        Assert.Same(cotter, mentions.OverOrNamed(Range("The poet Cotter")));
        Assert.Null(mentions.OverOrNamed(Range("A Cotter aide")));
        Assert.Null(mentions.OverOrNamed(Range("Old Brandt")));
    }

    [Fact]
    public void Two_people_named_with_the_word_leave_the_phrase_unresolved()
    {
        var mentions = new SpeakerMentions([Person("e1", "Mr. Cotter"), Person("e2", "Tomas Cotter")], Text);
        Assert.Null(mentions.OverOrNamed(Range("The poet Cotter")));
    }
}
