using Microsoft.AspNetCore.Http;
using Readout.Core.Errors;

namespace Readout.Server.Hosting;

/// <summary>Reads a request body into memory, refusing one over the limit before and while reading it.</summary>
internal static class RequestBody
{
    /// <summary>
    /// How far past the limit Kestrel lets a body run. The excess is read and thrown away, so that the client, still
    /// sending, receives the 413 instead of a connection reset; a body past this backstop is cut off by Kestrel.
    /// </summary>
    public static long KestrelLimit(long maxBytes) => maxBytes + Math.Max(maxBytes, 1024 * 1024);

    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        var chunk = new byte[81920];
        if (request.ContentLength > maxBytes)
        {
            await DiscardAsync(request.Body, chunk, cancellation).ConfigureAwait(false);
            throw TooLarge(request.ContentLength.Value, maxBytes);
        }

        using var buffer = new MemoryStream();
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await DiscardAsync(request.Body, chunk, cancellation).ConfigureAwait(false);
                throw TooLarge(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // Reads the rest of a refused body so the connection stays open for the answer; Kestrel's backstop ends it early.
    private static async Task DiscardAsync(Stream body, byte[] chunk, CancellationToken cancellation)
    {
        try
        {
            while (await body.ReadAsync(chunk, cancellation).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Past Kestrel's limit: the body is refused all the same, and Kestrel closes the connection.
        }
    }

    private static ReadoutException TooLarge(long length, long maxBytes) =>
        new(ErrorCodes.InputTooLarge, $"the request has {length:N0} bytes or more, over the limit of {maxBytes:N0}");
}
