using System.Text.Json.Serialization;

namespace Readout.Core.Contract;

/// <summary>Source-generated System.Text.Json metadata for the contract (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(AnalysedDocument))]
[JsonSerializable(typeof(List<AnalysedDocument>))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
