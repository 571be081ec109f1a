using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Readout.Knowledge.Building;

/// <summary>
/// Writes a compilation to the models folder: <c>kb/knowledge.bin</c> with <c>manifest.json</c> and <c>NOTICE.md</c>,
/// and <c>ontology/cameo-plover.json</c> with its manifest. Files whose bytes did not change are left untouched.
/// </summary>
public static class KnowledgeArtifacts
{
    /// <summary>The knowledge file's name.</summary>
    public const string KnowledgeFileName = "knowledge.bin";

    /// <summary>The ontology file's name.</summary>
    public const string OntologyFileName = "cameo-plover.json";

    /// <summary>Writes every file; returns the knowledge file's path, size and SHA-256 (lower-case hex).</summary>
    public static (string Path, long Bytes, string Sha256) Write(KnowledgeCompilation compilation, string knowledgeDirectory, string ontologyDirectory)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        Directory.CreateDirectory(knowledgeDirectory);
        Directory.CreateDirectory(ontologyDirectory);

        using var buffer = new MemoryStream();
        compilation.Knowledge.Save(buffer);
        var knowledgeBytes = buffer.ToArray();
        var knowledgeHash = Sha256(knowledgeBytes);
        var knowledgePath = Path.Combine(knowledgeDirectory, KnowledgeFileName);
        WriteIfChanged(knowledgePath, knowledgeBytes);
        WriteIfChanged(Path.Combine(knowledgeDirectory, "manifest.json"), KnowledgeManifest(compilation.Knowledge, knowledgeBytes.Length, knowledgeHash));
        WriteIfChanged(Path.Combine(knowledgeDirectory, "NOTICE.md"), Encoding.UTF8.GetBytes(Notice(compilation.Knowledge)));

        var ontologyBytes = OntologyImporter.ToJson(compilation.Ontology);
        WriteIfChanged(Path.Combine(ontologyDirectory, OntologyFileName), ontologyBytes);
        WriteIfChanged(Path.Combine(ontologyDirectory, "manifest.json"), OntologyManifest(compilation, ontologyBytes.Length, Sha256(ontologyBytes)));
        return (knowledgePath, knowledgeBytes.Length, knowledgeHash);
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] KnowledgeManifest(KnowledgeBase knowledge, long size, string hash)
    {
        var statistics = KnowledgeStatistics.Of(knowledge);
        return Json(writer =>
        {
            WriteHeader(writer, KnowledgeFileName, Compiled.KnowledgeFile.FormatVersion, size, hash);
            writer.WriteStartObject("counts");
            writer.WriteNumber("entries", statistics.Entries);
            foreach (var (kind, count) in statistics.EntriesByKind)
            {
                writer.WriteNumber(JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()), count);
            }

            writer.WriteNumber("alias_keys", statistics.Aliases);
            writer.WriteNumber("alias_postings", statistics.Postings);
            writer.WriteNumber("roles", statistics.Roles);
            writer.WriteNumber("roles_with_office", statistics.RolesWithOffice);
            writer.WriteNumber("open_ended_roles", statistics.OpenEndedRoles);
            writer.WriteNumber("people_with_wikidata_ids", statistics.PeopleWithWikidataIds);
            writer.WriteNumber("titles", statistics.Titles);
            writer.WriteEndObject();
            WriteSources(writer, knowledge.Sources);
        });
    }

    private static byte[] OntologyManifest(KnowledgeCompilation compilation, long size, string hash) => Json(writer =>
    {
        WriteHeader(writer, OntologyFileName, Ontologies.EventOntology.FormatVersion, size, hash);
        writer.WriteStartObject("counts");
        writer.WriteNumber("codes", compilation.Ontology.Codes.Count);
        writer.WriteNumber("root_codes", compilation.Ontology.Codes.Count(c => c.IsRoot));
        writer.WriteNumber("with_plover", compilation.Ontology.Codes.Count(c => c.PloverEvent is not null));
        writer.WriteEndObject();
        WriteSources(writer, compilation.Knowledge.Sources.Where(s => s.Name is "event-coding/gdelt-lookups" or "event-coding/plover"));
    });

    private static void WriteHeader(Utf8JsonWriter writer, string file, int format, long size, string hash)
    {
        writer.WriteString("file", file);
        writer.WriteNumber("format", format);
        writer.WriteNumber("bytes", size);
        writer.WriteString("sha256", hash);
        writer.WriteString("built_by", $"readout kb build ({CuratedData.ToolVersion})");
    }

    private static void WriteSources(Utf8JsonWriter writer, IEnumerable<KnowledgeSourceInfo> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            writer.WriteString("name", source.Name);
            writer.WriteString("origin", source.Origin);
            writer.WriteString("version", source.Version);
            writer.WriteString("licence", source.Licence);
            writer.WriteNumber("records", source.Records);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Notice(KnowledgeBase knowledge)
    {
        var text = new StringBuilder();
        text.Append("# Notices for models/kb and models/ontology\n\n");
        text.Append("`knowledge.bin` and `../ontology/cameo-plover.json` are compiled by `readout kb build` from the data sets below.\n");
        text.Append("They hold facts (names, codes, coordinates, dates of office), not the sources' text. Where a source is\n");
        text.Append("share-alike (CC BY-SA), the compiled files are offered under the same licence.\n\n");
        text.Append("| source | origin | version | licence | records used |\n|---|---|---|---|---|\n");
        foreach (var source in knowledge.Sources)
        {
            text.Append($"| {source.Name} | {source.Origin} | {source.Version} | {source.Licence} | {source.Records} |\n");
        }

        text.Append("\nAttributions: contains data from GeoNames (geonames.org), CC BY 4.0; UCDP Actor Dataset 22.1 (Uppsala Conflict\n");
        text.Append("Data Program), CC BY 4.0; CountryInfo.txt, © 2012 Philip A. Schrodt, CC BY-SA 3.0; Phoenix/PETRARCH-2 dictionaries,\n");
        text.Append("© 2014 Open Event Data Alliance, MIT; CAMEO2PLOVER-2021 from the PLOVER project (openeventdata/PLOVER), CC BY-SA 4.0;\n");
        text.Append("adjectival and demonymic forms via CLIFF from Wikipedia, CC BY-SA; Debian iso-codes, LGPL-2.1+; Wikidata, CC0.\n");
        return text.ToString();
    }

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        File.WriteAllBytes(path, bytes);
    }
}
