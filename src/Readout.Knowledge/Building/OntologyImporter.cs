using System.Globalization;
using System.Text;
using System.Text.Json;
using Readout.Knowledge.Ontologies;

namespace Readout.Knowledge.Building;

/// <summary>
/// The CAMEO event codes with Goldstein scores (GDELT lookup tables) and their PLOVER equivalents
/// (CAMEO2PLOVER-2021, CC BY-SA 4.0). Roots 01 and 02 have no PLOVER category: PLOVER dropped them.
/// </summary>
internal static class OntologyImporter
{
    public static EventOntology Import(ImportContext context)
    {
        var folder = context.Path("event-coding", "gdelt-lookups");
        var names = Table(Path.Combine(folder, "CAMEO.eventcodes.txt"));
        var scores = Table(Path.Combine(folder, "CAMEO.goldsteinscale.txt"));
        var plover = ReadPlover(context.Path("event-coding", "plover", "CAMEO2PLOVER-2021.txt"));
        var codes = new List<CameoEventCode>();
        foreach (var (code, name) in names)
        {
            if (!scores.TryGetValue(code, out var score) || code.Length < 2)
            {
                context.Warnings.Add($"CAMEO code {code} has no Goldstein score");
                continue;
            }

            plover.TryGetValue(code, out var mapping);
            codes.Add(new CameoEventCode(code, Repair(name), double.Parse(score, CultureInfo.InvariantCulture), QuadClassOf(code),
                mapping.Event, mapping.Mode, mapping.Context));
        }

        context.Count("event-coding/gdelt-lookups", names.Count);
        context.Count("event-coding/plover", plover.Count);
        return new EventOntology(codes);
    }

    /// <summary>Writes the ontology as indented JSON; the same codes always give the same bytes.</summary>
    public static byte[] ToJson(EventOntology ontology)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", EventOntology.FormatVersion);
            writer.WriteStartArray("codes");
            foreach (var code in ontology.Codes)
            {
                writer.WriteStartObject();
                writer.WriteString("code", code.Code);
                writer.WriteString("name", code.Name);
                writer.WriteNumber("goldstein", code.Goldstein);
                writer.WriteNumber("quad_class", (int)code.QuadClass);
                WriteOptional(writer, "plover", code.PloverEvent);
                WriteOptional(writer, "plover_mode", code.PloverMode);
                WriteOptional(writer, "plover_context", code.PloverContext);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static QuadClass QuadClassOf(string code) => int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture) switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 9 => QuadClass.MaterialCooperation,
        <= 14 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>Two known defects of the GDELT names ("matyerial"; mis-encoded quotes around 'third').</summary>
    private static string Repair(string name) =>
        name.Replace("matyerial", "material", StringComparison.Ordinal).Replace("\u00D2hird\u00D3", "'third' ", StringComparison.Ordinal);

    private static Dictionary<string, string> Table(string path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0)
            {
                table.TryAdd(fields[0].Trim(), fields[1].Trim());
            }
        }

        return table;
    }

    /// <summary>"0311: AGREE,  ,   economic # Express intent…" → 0311 → (AGREE, null, economic); root lines "03: AGREE".</summary>
    private static Dictionary<string, (string? Event, string? Mode, string? Context)> ReadPlover(string path)
    {
        var table = new Dictionary<string, (string?, string?, string?)>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (raw.Length == 0 || !char.IsAsciiDigit(raw[0]) || colon < 0)
            {
                continue;
            }

            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var body = (hash > colon ? raw[(colon + 1)..hash] : raw[(colon + 1)..]).Split(',');
            string? Field(int i) => i < body.Length && body[i].Trim() is { Length: > 0 } value ? value : null;
            table.TryAdd(raw[..colon].Trim(), (Field(0), Field(1), Field(2)));
        }

        return table;
    }
}
