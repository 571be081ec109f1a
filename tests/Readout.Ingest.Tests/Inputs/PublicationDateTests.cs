using Readout.Ingest.Inputs;

namespace Readout.Ingest.Tests.Inputs;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2023-05-03", 2023, 5, 3)]
    [InlineData("2023-05-03T23:30:00-05:00", 2023, 5, 3)]
    [InlineData("Tue, 14 Mar 2023 09:30:00 GMT", 2023, 3, 14)]
    [InlineData("May 3, 2023", 2023, 5, 3)]
    [InlineData("3rd September 2021", 2021, 9, 3)]
    public void Common_news_date_formats_give_their_calendar_date(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublicationDate.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-02-30")]
    [InlineData("Foo 12, 2020")]
    public void Text_without_a_real_date_gives_none(string? text)
    {
        Assert.Null(PublicationDate.Parse(text));
    }
}
