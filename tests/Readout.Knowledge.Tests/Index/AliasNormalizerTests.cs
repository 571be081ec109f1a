using Readout.Knowledge.Index;

namespace Readout.Knowledge.Tests.Index;

public sealed class AliasNormalizerTests
{
    [Theory]
    [InlineData("the U.S.", "us")]
    [InlineData("The Hague", "hague")]
    [InlineData("Bashar al-Assad", "bashar al assad")]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Hà Nội", "ha noi")]
    [InlineData("Trinidad & Tobago", "trinidad and tobago")]
    [InlineData("Washington, D.C.", "washington dc")]
    [InlineData("  Islamic   Republic of IRAN ", "islamic republic of iran")]
    [InlineData("Jama’at al-Tawhid", "jamaat al tawhid")]
    public void Names_normalise_to_lower_case_folded_words(string text, string expected)
    {
        Assert.Equal(expected, AliasNormalizer.Normalize(text));
    }

    [Fact]
    public void A_lone_the_is_kept_because_it_is_the_whole_name()
    {
        Assert.Equal("the", AliasNormalizer.Normalize("The"));
    }

    [Fact]
    public void Possessives_are_dropped_only_when_asked()
    {
        Assert.Equal(["iran", "s", "president"], AliasNormalizer.Tokens("Iran's president", dropPossessives: false, dropLeadingArticle: false));
        Assert.Equal(["iran", "president"], AliasNormalizer.Tokens("Iran’s president", dropPossessives: true, dropLeadingArticle: false));
    }

    [Theory]
    [InlineData("-", true)]
    [InlineData("–", true)]
    [InlineData(".", true)]
    [InlineData(",", false)]
    [InlineData("(", false)]
    [InlineData("Iran", false)]
    public void Hyphens_and_periods_may_sit_inside_a_name_but_commas_end_it(string token, bool transparent)
    {
        Assert.Equal(transparent, AliasNormalizer.IsTransparent(token));
    }

    [Fact]
    public void A_token_longer_than_the_limit_is_not_normalised()
    {
        var buffer = new char[2 * AliasNormalizer.MaxTokenLength];
        Assert.Equal(-1, AliasNormalizer.NormalizeToken(new string('a', AliasNormalizer.MaxTokenLength + 1), buffer));
        Assert.Equal(2, AliasNormalizer.NormalizeToken("U.N.", buffer));
    }
}
