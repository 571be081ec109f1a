using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Tests.Building;

public sealed class ActorCodesTests
{
    [Theory]
    [InlineData("IMGMUSISI", "IMGMOSISI")]
    [InlineData("IMGSEAMUSJMA", "IMGSEAMOSJMA")]
    [InlineData("MUSGOV", "MUSGOV")]
    [InlineData("IRNGOV", "IRNGOV")]
    public void The_islam_code_is_written_as_the_cameo_manual_does_but_mauritius_keeps_its_code(string phoenix, string expected)
    {
        Assert.Equal(expected, ActorCodes.Normalize(phoenix));
    }

    [Fact]
    public void Agent_suffixes_are_all_role_groups()
    {
        Assert.Equal("REBMOS", ActorCodes.Normalize("REBMUS", isSuffix: true));
    }

    [Theory]
    [InlineData("IRNGOV", "IRN", "GOV")]
    [InlineData("USA", "USA", null)]
    [InlineData("IGOUNO", null, "UNO")]
    public void Codes_split_into_country_and_role_for_the_contract(string code, string? country, string? role)
    {
        var actor = ActorCodes.ToAnnotation(code);
        Assert.Equal(code, actor.Code);
        Assert.Equal(country, actor.Country);
        Assert.Equal(role, actor.Role);
    }
}
