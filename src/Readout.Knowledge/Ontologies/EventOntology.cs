using System.Collections.Frozen;
using System.Text.Json;
using Readout.Core.Errors;
using Readout.Core.Models;

namespace Readout.Knowledge.Ontologies;

/// <summary>
/// The CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER equivalents, compiled by
/// <c>readout kb build</c> into <c>models/ontology/cameo-plover.json</c>.
/// </summary>
/// <remarks>Immutable and thread-safe; load once and share (<see cref="Shared"/>).</remarks>
public sealed class EventOntology
{
    /// <summary>The compiled file's path inside the models folder.</summary>
    public const string RelativePath = "ontology/cameo-plover.json";

    /// <summary>The version of the file format this code reads.</summary>
    public const int FormatVersion = 1;

    private static readonly Lazy<EventOntology> Default = new(() => Load(ModelDirectory.Resolve(RelativePath)));

    private readonly CameoEventCode[] _codes;
    private readonly FrozenDictionary<string, CameoEventCode> _byCode;

    /// <summary>Creates an ontology from codes (the loader and tests use this).</summary>
    public EventOntology(IEnumerable<CameoEventCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _codes = [.. codes.OrderBy(c => c.Code, StringComparer.Ordinal)];
        _byCode = _codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The installed ontology, loaded on first use and shared.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static EventOntology Shared => Default.Value;

    /// <summary>Every code, in code order.</summary>
    public IReadOnlyList<CameoEventCode> Codes => _codes;

    /// <summary>The code <paramref name="code"/> ("112").</summary>
    /// <exception cref="KeyNotFoundException">The code is not a CAMEO event code.</exception>
    public CameoEventCode this[string code] => _byCode.TryGetValue(code, out var found)
        ? found
        : throw new KeyNotFoundException($"'{code}' is not a CAMEO event code");

    /// <summary>Finds a code.</summary>
    public bool TryGet(string code, out CameoEventCode eventCode) => _byCode.TryGetValue(code, out eventCode!);

    /// <summary>The root code entry of <paramref name="code"/> ("11" for "112").</summary>
    public CameoEventCode RootOf(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return this[code[..Math.Min(2, code.Length)]];
    }

    /// <summary>The codes that map to a PLOVER event type.</summary>
    public IEnumerable<CameoEventCode> ForPlover(string ploverEvent) =>
        _codes.Where(c => string.Equals(c.PloverEvent, ploverEvent, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads a compiled ontology file.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static EventOntology Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"event ontology '{path}' is not installed");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            if (root.GetProperty("format").GetInt32() != FormatVersion)
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"event ontology '{path}' has format {root.GetProperty("format")}, expected {FormatVersion}");
            }

            var codes = new List<CameoEventCode>();
            foreach (var item in root.GetProperty("codes").EnumerateArray())
            {
                codes.Add(new CameoEventCode(
                    item.GetProperty("code").GetString()!,
                    item.GetProperty("name").GetString()!,
                    item.GetProperty("goldstein").GetDouble(),
                    (QuadClass)item.GetProperty("quad_class").GetInt32(),
                    OptionalString(item, "plover"),
                    OptionalString(item, "plover_mode"),
                    OptionalString(item, "plover_context")));
            }

            return new EventOntology(codes);
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReadoutException(ErrorCodes.ModelCorrupt, $"event ontology '{path}' cannot be read: {error.Message}", error);
        }
    }

    private static string? OptionalString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
