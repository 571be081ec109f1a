using Readout.Core.Documents;
using Readout.Nlp.Tokenization;
using Readout.Testing;

namespace Readout.Nlp.Tests.Tokenization;

public sealed class RuleTokenizerTests
{
    private static Document Tokenize(string text)
    {
        var document = new Document(text);
        new RuleTokenizer().Process(document);
        return document;
    }

    private static string[] Tokens(string text)
    {
        var document = Tokenize(text);
        return Enumerable.Range(0, document.Tokens.Count).Select(i => document.TokenAt(i).Text).ToArray();
    }

    [Theory]
    [InlineData("Mr. Smith met Gen. Jones on Jan. 5.", "Mr.|Smith|met|Gen.|Jones|on|Jan.|5|.")]
    [InlineData("She lives at No. 10 Downing Street.", "She|lives|at|No.|10|Downing|Street|.")]
    [InlineData("Say no. Then leave.", "Say|no|.|Then|leave|.")]
    [InlineData("J. R. Doe arrived.", "J.|R.|Doe|arrived|.")]
    [InlineData("the U.S. Embassy and the U.N. envoy", "the|U.S.|Embassy|and|the|U.N.|envoy")]
    [InlineData("tea, coffee, etc. The next day", "tea|,|coffee|,|etc|.|The|next|day")]
    [InlineData("e.g. this, i.e. that", "e.g.|this|,|i.e.|that")]
    [InlineData("John I. Smith met I. M. Pei.", "John|I.|Smith|met|I.|M.|Pei|.")]
    [InlineData("\u201CWho?\u201D said I. \u201CNobody.\u201D", "\u201C|Who|?|\u201D|said|I|.|\u201C|Nobody|.|\u201D")]
    [InlineData("She was taller than I. Then we left.", "She|was|taller|than|I|.|Then|we|left|.")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Theory]
    [InlineData("It cost $1,250.50, up 3.5% from 2023.", "It|cost|$|1,250.50|,|up|3.5|%|from|2023|.")]
    [InlineData("Talks began at 10:30 on 15/11/2023.", "Talks|began|at|10:30|on|15/11/2023|.")]
    [InlineData("Call 555-0134 about pages 13-17.", "Call|555-0134|about|pages|13|-|17|.")]
    [InlineData("Meet at 5pm on the 20th, in the 1990s style, 70k strong.", "Meet|at|5|pm|on|the|20th|,|in|the|1990s|style|,|70|k|strong|.")]
    [InlineData("The 2023-11-15 meeting", "The|2023-11-15|meeting")]
    public void Numbers_dates_and_times_stay_whole(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Theory]
    [InlineData("See https://example.org/news?id=5. Or write to press@example.org.", "See|https://example.org/news?id=5|.|Or|write|to|press@example.org|.")]
    [InlineData("(www.example.com/a_b) was cited", "(|www.example.com/a_b|)|was|cited")]
    [InlineData("#IranTalks trended, wrote @ministry_press today.", "#IranTalks|trended|,|wrote|@ministry_press|today|.")]
    public void Urls_emails_hashtags_and_handles_stay_whole(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Theory]
    [InlineData("a well-known, U.S.-led effort", "a|well|-|known|,|U.S.|-|led|effort")]
    [InlineData("the re-elected anti-war co-chair", "the|re-elected|anti-war|co-chair")]
    [InlineData("an e-mail about the Tehran-Damascus road", "an|e-mail|about|the|Tehran|-|Damascus|road")]
    [InlineData("the F-16 jets", "the|F|-|16|jets")]
    public void Hyphenated_compounds_split_except_after_prefixes(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Theory]
    [InlineData("don't", "do|n't")]
    [InlineData("can't won't", "ca|n't|wo|n't")]
    [InlineData("Iran's envoy", "Iran|'s|envoy")]
    [InlineData("Iran\u2019s envoy", "Iran|\u2019s|envoy")]
    [InlineData("they're I'm we've she'll he'd", "they|'re|I|'m|we|'ve|she|'ll|he|'d")]
    [InlineData("cannot", "can|not")]
    [InlineData("the ministers' statement", "the|ministers|'|statement")]
    [InlineData("the U.S.'s position", "the|U.S.|'s|position")]
    [InlineData("O'Brien's view", "O'Brien|'s|view")]
    [InlineData("my brother 's wife , I \u2019ll go", "my|brother|'s|wife|,|I|\u2019ll|go")]
    [InlineData("She sang 'sweet songs' and 'll' was written", "She|sang|'|sweet|songs|'|and|'|ll|'|was|written")]
    public void Contractions_and_possessives_split_the_UD_way(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Clitics_are_marked_as_part_of_the_previous_surface_token()
    {
        var document = Tokenize("Iran's minister didn't go.");
        var joined = Enumerable.Range(0, document.Tokens.Count)
            .Where(i => (document.Tokens.Flags[i] & TokenFlags.JoinedToPrevious) != 0)
            .Select(i => document.TokenAt(i).Text);
        Assert.Equal(["'s", "n't"], joined);
    }

    [Theory]
    [InlineData("\u201CWe won\u2019t,\u201D he said.", "\u201C|We|wo|n\u2019t|,|\u201D|he|said|.")]
    [InlineData("\"We will,\" she said.", "\"|We|will|,|\"|she|said|.")]
    [InlineData("the so-called 'peace plan'", "the|so|-|called|'|peace|plan|'")]
    [InlineData("\u00ABNon\u00BB, dit-il.", "\u00AB|Non|\u00BB|,|dit|-|il|.")]
    public void Quotation_marks_are_tokens_of_their_own(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Theory]
    [InlineData("Tehran\u2014and Damascus\u2013said so", "Tehran|\u2014|and|Damascus|\u2013|said|so")]
    [InlineData("Well... maybe\u2026 later -- perhaps", "Well|...|maybe|\u2026|later|--|perhaps")]
    [InlineData("(Reuters) [sic] {x}", "(|Reuters|)|[|sic|]|{|x|}")]
    [InlineData("Really?! Yes!!!", "Really|?!|Yes|!!!")]
    public void Dashes_ellipses_and_brackets_split(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Dateline_tokenizes_into_place_date_agency_and_dash()
    {
        Assert.Equal(
            ["TEHRAN", ",", "Nov.", "15", "(", "Reuters", ")", "-", "Iran", "'s", "president"],
            Tokens("TEHRAN, Nov. 15 (Reuters) - Iran's president"));
    }

    [Fact]
    public void Text_in_other_scripts_is_kept_whole()
    {
        Assert.Equal(
            ["Raisi", "(", "\u0627\u0628\u0631\u0627\u0647\u06CC\u0645", "\u0631\u0626\u06CC\u0633\u06CC", ")", "met", "\u041F\u0443\u0442\u0438\u043D", "and", "\u4E60\u8FD1\u5E73", "."],
            Tokens("Raisi (\u0627\u0628\u0631\u0627\u0647\u06CC\u0645 \u0631\u0626\u06CC\u0633\u06CC) met \u041F\u0443\u0442\u0438\u043D and \u4E60\u8FD1\u5E73."));
    }

    [Fact]
    public void Persian_zero_width_non_joiner_stays_inside_the_word()
    {
        Assert.Equal(["\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"], Tokens("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"));
    }

    [Fact]
    public void Emoji_with_modifiers_is_one_token_and_surrogates_are_never_split()
    {
        var tokens = Tokens("Great \U0001F44D\U0001F3FD news");
        Assert.Equal(["Great", "\U0001F44D\U0001F3FD", "news"], tokens);
    }

    [Fact]
    public void A_lone_surrogate_does_not_crash_and_is_covered()
    {
        var tokens = Tokens("bad \uD800 char");
        Assert.Equal(["bad", "\uD800", "char"], tokens);
    }

    [Fact]
    public void Paragraph_and_line_starts_are_flagged()
    {
        var document = Tokenize("Headline here\nBy Jane Doe\n\nFirst paragraph.");
        Assert.Equal(TokenFlags.LineStart | TokenFlags.ParagraphStart, document.Tokens.Flags[0] & (TokenFlags.LineStart | TokenFlags.ParagraphStart));
        Assert.Equal(TokenFlags.LineStart, document.Tokens.Flags[2] & (TokenFlags.LineStart | TokenFlags.ParagraphStart));
        Assert.True((document.Tokens.Flags[5] & TokenFlags.ParagraphStart) != 0);
        Assert.Equal("First", document.TokenAt(5).Text);
    }

    [Fact]
    public void Tokenizer_honours_the_component_contract()
    {
        const string text = "\u201CWe will respond,\u201D Mr. Raisi said on Monday\u2014adding: \"It's over.\"\n\n- item one\n- item two";
        Assert.Empty(ComponentContract.Violations(new RuleTokenizer(), () => new Document(text)));
    }

    [Fact]
    public void Every_non_space_character_is_covered_by_exactly_one_token()
    {
        const string text = "Odd   input:\t$5.00/hr?! (see p. 3)...\u00A0\u2014 ok\r\n\r\nend\u200B.";
        var document = Tokenize(text);
        var covered = new bool[text.Length];
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            for (var c = document.Tokens.Starts[i]; c < document.Tokens.Ends[i]; c++)
            {
                Assert.False(covered[c]);
                covered[c] = true;
            }
        }

        for (var c = 0; c < text.Length; c++)
        {
            Assert.True(covered[c] || char.IsWhiteSpace(text[c]) || text[c] == '\u200B', $"character {c} ({(int)text[c]:X4}) is not covered");
        }
    }
}
