using System.Globalization;
using Readout.Core.Errors;

namespace Readout.Server.Hosting;

/// <summary>Parses query-string values, refusing malformed ones with a coded error instead of ignoring them.</summary>
internal static class QueryValues
{
    /// <summary>The rows returned when a request names no limit.</summary>
    public const int DefaultLimit = 200;

    /// <summary>A YYYY-MM-DD date, or null when absent.</summary>
    public static DateOnly? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ReadoutException(ErrorCodes.QueryInvalid, $"{name}: '{value}' is not a date in YYYY-MM-DD form");
    }

    /// <summary>The requested limit, at least 1 and at most <paramref name="max"/>.</summary>
    public static int Limit(int? value, int max) => value switch
    {
        null => Math.Min(DefaultLimit, max),
        < 1 => throw new ReadoutException(ErrorCodes.QueryInvalid, $"limit: {value} is not a positive number"),
        _ => Math.Min(value.Value, max),
    };
}
