using Readout.Extraction.Dates;

namespace Readout.Extraction.Tests.Dates;

public sealed class RelativeDateResolverTests
{
    private static readonly DateOnly Wednesday = new(2023, 11, 15);

    [Fact]
    public void Weekday_is_the_last_one_on_or_before_publication()
    {
        Assert.Equal(new DateOnly(2023, 11, 13), RelativeDateResolver.Weekday("Monday", Wednesday, future: false));
        Assert.Equal(Wednesday, RelativeDateResolver.Weekday("wednesday", Wednesday, future: false));
        Assert.Equal(new DateOnly(2023, 11, 9), RelativeDateResolver.Weekday("Thursday", Wednesday, future: false));
    }

    [Fact]
    public void Weekday_of_a_future_event_is_the_next_one()
    {
        Assert.Equal(new DateOnly(2023, 11, 19), RelativeDateResolver.Weekday("Sunday", Wednesday, future: true));
    }

    [Fact]
    public void Relative_words_count_from_publication()
    {
        Assert.Equal(new DateOnly(2023, 11, 14), RelativeDateResolver.Relative(null, "yesterday", Wednesday));
        Assert.Equal(new DateOnly(2023, 11, 8), RelativeDateResolver.Relative("last", "week", Wednesday));
        Assert.Equal(new DateOnly(2023, 12, 1), RelativeDateResolver.Relative("next", "month", Wednesday));
        Assert.Null(RelativeDateResolver.Relative("big", "week", Wednesday));
    }

    [Fact]
    public void Calendar_date_without_a_year_is_the_one_nearest_publication()
    {
        Assert.Equal(new DateOnly(2023, 11, 2), RelativeDateResolver.Calendar(2, 11, null, Wednesday));
        Assert.Equal(new DateOnly(2022, 12, 30), RelativeDateResolver.Calendar(30, 12, null, new DateOnly(2023, 1, 4)));
        Assert.Null(RelativeDateResolver.Calendar(31, 2, 2023, Wednesday));
    }
}
