using Microsoft.AspNetCore.Http;
using Readout.Core.Errors;

namespace Readout.Server.Hosting;

/// <summary>Turns coded errors into RFC 9457 problem responses that carry the code (docs/errors.md).</summary>
internal static class ProblemResponses
{
    /// <summary>The HTTP status a coded error answers with.</summary>
    public static int StatusOf(ErrorCode code) => code.Code switch
    {
        "RO2006" => StatusCodes.Status413PayloadTooLarge,
        ['R', 'O', '2', ..] or "RO4005" or "RO1006" => StatusCodes.Status400BadRequest,
        "RO4001" or "RO4002" or "RO4003" => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>A problem response for <paramref name="error"/>.</summary>
    public static IResult For(ReadoutException error) => Results.Problem(
        detail: error.Message,
        statusCode: StatusOf(error.Code),
        title: error.Code.Title,
        extensions: new Dictionary<string, object?> { ["code"] = error.Code.Code });

    /// <summary>A 404 problem naming what was not found.</summary>
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "not found");
}
