using System.Text.Json;
using Readout.Core.Errors;

namespace Readout.Distribution.Messages;

/// <summary>Turns messages into UTF-8 JSON bytes for the broker and back; a message that cannot be read is a coded error.</summary>
public static class MessageCodec
{
    /// <summary>The document message format this version writes and reads.</summary>
    public const int DocumentVersion = 1;

    /// <summary>The bytes of a document message.</summary>
    public static byte[] Encode(DocumentMessage message) =>
        JsonSerializer.SerializeToUtf8Bytes(new DocumentEnvelope(DocumentVersion, message), MessageJsonContext.Default.DocumentEnvelope);

    /// <summary>The bytes of a failure record.</summary>
    public static byte[] Encode(FailureRecord failure) => JsonSerializer.SerializeToUtf8Bytes(failure, MessageJsonContext.Default.FailureRecord);

    /// <summary>The bytes of a run event.</summary>
    public static byte[] Encode(RunEvent runEvent) => JsonSerializer.SerializeToUtf8Bytes(runEvent, MessageJsonContext.Default.RunEvent);

    /// <summary>Reads a document message.</summary>
    /// <exception cref="ReadoutException">MessageMalformed: not JSON, not a document, no text, or a newer format.</exception>
    public static DocumentMessage DecodeDocument(ReadOnlySpan<byte> bytes)
    {
        var envelope = Read(bytes, MessageJsonContext.Default.DocumentEnvelope, "document message");
        if (envelope.Version != DocumentVersion)
        {
            throw new ReadoutException(ErrorCodes.MessageMalformed, $"document message format {envelope.Version}; this Readout reads format {DocumentVersion}");
        }

        if (envelope.Document is not { Run: not null, Source: not null, Text: not null } document)
        {
            throw new ReadoutException(ErrorCodes.MessageMalformed, "the document message has no run, source or text");
        }

        return document;
    }

    /// <summary>Reads a failure record.</summary>
    /// <exception cref="ReadoutException">MessageMalformed.</exception>
    public static FailureRecord DecodeFailure(ReadOnlySpan<byte> bytes) => Read(bytes, MessageJsonContext.Default.FailureRecord, "failure record");

    /// <summary>Reads a run event.</summary>
    /// <exception cref="ReadoutException">MessageMalformed.</exception>
    public static RunEvent DecodeRunEvent(ReadOnlySpan<byte> bytes) => Read(bytes, MessageJsonContext.Default.RunEvent, "run event");

    private static T Read<T>(ReadOnlySpan<byte> bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? throw new ReadoutException(ErrorCodes.MessageMalformed, $"the {what} is null");
        }
        catch (JsonException exception)
        {
            throw new ReadoutException(ErrorCodes.MessageMalformed, $"not a {what}: {exception.Message}", exception);
        }
    }
}
