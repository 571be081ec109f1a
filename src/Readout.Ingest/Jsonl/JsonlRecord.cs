using System.Text;
using System.Text.Json;
using Readout.Core.Errors;

namespace Readout.Ingest.Jsonl;

/// <summary>One JSON Lines record: <c>id</c>, <c>title</c>, <c>text</c>, <c>date</c>, <c>source</c> (and <c>url</c>); only text is required.</summary>
public sealed record JsonlRecord(string Text, string? Id, string? Title, string? Date, string? Source, string? Url)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses one line.</summary>
    /// <exception cref="ReadoutException">InputEncoding for bytes that are not UTF-8, InputMalformed for anything that is not a record with text.</exception>
    public static JsonlRecord Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(line);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ReadoutException(ErrorCodes.InputEncoding, $"the line is not valid UTF-8 (JSON Lines must be) at byte {Math.Max(0, exception.Index)}");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, $"the line is not JSON: {exception.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ReadoutException(ErrorCodes.InputMalformed, $"the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ReadoutException(ErrorCodes.InputEmpty, "the record has no \"text\"");
            }

            return new JsonlRecord(text, String(root, "id"), String(root, "title"), String(root, "date"), String(root, "source"), String(root, "url"));
        }
    }

    private static string? String(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => throw new ReadoutException(ErrorCodes.InputMalformed, $"\"{name}\" is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
        };
    }
}
