using Microsoft.AspNetCore.Http;
using Readout.Core.Errors;

namespace Readout.Server.Hosting;

/// <summary>Answers coded errors and malformed requests with problem responses instead of a bare 500.</summary>
internal static class ErrorHandling
{
    public static async Task Handle(HttpContext context, Func<Task> next)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (ReadoutException error) when (!context.Response.HasStarted)
        {
            await ProblemResponses.For(error).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            // Kestrel's own limits (the request-body size among them) and malformed parameters.
            var code = error.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.InputTooLarge : ErrorCodes.QueryInvalid;
            await Results.Problem(detail: error.Message, statusCode: error.StatusCode, title: code.Title, extensions: new Dictionary<string, object?> { ["code"] = code.Code })
                .ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
