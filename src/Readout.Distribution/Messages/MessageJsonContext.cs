using System.Text.Json.Serialization;

namespace Readout.Distribution.Messages;

/// <summary>Source-generated JSON for the messages: camelCase names, nulls left out, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DocumentEnvelope))]
[JsonSerializable(typeof(FailureRecord))]
[JsonSerializable(typeof(RunEvent))]
internal sealed partial class MessageJsonContext : JsonSerializerContext;
