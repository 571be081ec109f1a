using Microsoft.AspNetCore.Http;
using Readout.Core.Errors;

namespace Readout.Server.Hosting;

/// <summary>Reads a request body into memory, refusing one over the limit before and while reading it.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(request.ContentLength.Value, maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReadoutException TooLarge(long length, long maxBytes) =>
        new(ErrorCodes.InputTooLarge, $"the request has {length:N0} bytes or more, over the limit of {maxBytes:N0}");
}
