using System.IO.Compression;
using System.Text;
using Readout.Core.Errors;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Countries;
using Readout.Knowledge.Index;
using Readout.Knowledge.Places;

namespace Readout.Knowledge.Compiled;

/// <summary>
/// Reads and writes the compiled knowledge file: a 4-byte magic, a format version, then a Brotli-compressed body of
/// tables written with <see cref="BinaryWriter"/> (strings once in a string table, integers 7-bit encoded).
/// </summary>
/// <remarks>
/// The layout is documented in docs/decisions/0003-knowledge-base-file.md. Writing is deterministic: the same contents
/// give the same bytes (no timestamps; tables in a fixed order; fixed compression settings).
/// </remarks>
internal static class KnowledgeFile
{
    /// <summary>The version of the layout this code writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "RDKB"u8.ToArray();

    public static void Write(KnowledgeContents contents, Stream output)
    {
        output.Write(Magic);
        output.Write(BitConverter.GetBytes(FormatVersion));
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var strings = new StringTable();
            using var tables = new MemoryStream();
            using (var tableWriter = new BinaryWriter(tables, Encoding.UTF8, leaveOpen: true))
            {
                WriteTables(contents, tableWriter, strings);
            }

            strings.WriteTo(writer);
            writer.Write(tables.GetBuffer(), 0, (int)tables.Length);
        }

        using var compressor = new BrotliEncoder(quality: 9, window: 22);
        var source = body.GetBuffer().AsSpan(0, (int)body.Length);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        var status = compressor.Compress(source, buffer, out _, out var written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidOperationException($"Brotli compression stopped with {status}");
        }

        output.Write(buffer, 0, written);
    }

    public static KnowledgeContents Read(Stream input, string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[8];
            input.ReadExactly(header);
            if (!header[..4].SequenceEqual(Magic))
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"'{path}' is not a compiled knowledge base");
            }

            var version = BitConverter.ToInt32(header[4..]);
            if (version != FormatVersion)
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"'{path}' has knowledge format {version}; this build reads {FormatVersion} (run readout kb build)");
            }

            using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            var strings = StringTable.Read(reader);
            return ReadTables(reader, strings);
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or IOException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ReadoutException(ErrorCodes.ModelCorrupt, $"'{path}' cannot be read: {error.Message}", error);
        }
    }

    private static void WriteTables(KnowledgeContents contents, BinaryWriter writer, StringTable strings)
    {
        writer.Write7BitEncodedInt(contents.Sources.Length);
        foreach (var source in contents.Sources)
        {
            strings.Write(writer, source.Name);
            strings.Write(writer, source.Origin);
            strings.Write(writer, source.Version);
            strings.Write(writer, source.Licence);
            writer.Write7BitEncodedInt(source.Records);
        }

        writer.Write7BitEncodedInt(contents.Entries.Length);
        foreach (var entry in contents.Entries)
        {
            WriteEntry(writer, strings, entry);
        }

        writer.Write7BitEncodedInt(contents.AliasKeys.Length);
        for (var k = 0; k < contents.AliasKeys.Length; k++)
        {
            writer.Write(contents.AliasKeys[k]);
            writer.Write((byte)contents.CaseRules[k]);
            var start = contents.PostingStarts[k];
            var end = contents.PostingStarts[k + 1];
            writer.Write7BitEncodedInt(end - start);
            var previous = 0;
            for (var p = start; p < end; p++)
            {
                // Postings are sorted by entry: store the gap, which is usually small.
                var posting = contents.Postings[p];
                writer.Write7BitEncodedInt(posting.Entry - previous);
                writer.Write((byte)posting.Kind);
                previous = posting.Entry;
            }
        }

        writer.Write7BitEncodedInt(contents.Titles.Length);
        foreach (var title in contents.Titles)
        {
            writer.Write(title.Phrase);
            strings.Write(writer, title.RoleCode);
            writer.Write((byte)title.Office);
        }
    }

    private static void WriteEntry(BinaryWriter writer, StringTable strings, KnowledgeEntry entry)
    {
        strings.Write(writer, entry.Id);
        writer.Write((byte)entry.Kind);
        strings.Write(writer, entry.Name);
        strings.Write(writer, entry.Country);
        strings.Write(writer, entry.ActorCode);
        writer.Write((ushort)entry.Sources);
        writer.Write((byte)((entry.Location is null ? 0 : 1) | (entry.CountryFacts is null ? 0 : 2)));
        if (entry.Location is { } location)
        {
            writer.Write(Microdegrees(location.Latitude));
            writer.Write(Microdegrees(location.Longitude));
            writer.Write7BitEncodedInt64(location.Population);
            writer.Write7BitEncodedInt64(location.GeoNamesId);
            strings.Write(writer, location.FeatureCode);
            strings.Write(writer, location.Region);
            writer.Write(location.IsApproximate);
        }

        if (entry.CountryFacts is { } facts)
        {
            strings.Write(writer, facts.Alpha2);
            strings.Write(writer, facts.Alpha3);
            strings.Write(writer, facts.CameoCode);
            strings.Write(writer, facts.OfficialName);
            strings.Write(writer, facts.Demonym);
            strings.Write(writer, facts.Capital);
        }

        writer.Write7BitEncodedInt(entry.Roles.Count);
        foreach (var role in entry.Roles)
        {
            strings.Write(writer, role.ActorCode);
            strings.Write(writer, role.Country);
            writer.Write((byte)role.Office);
            strings.Write(writer, role.Title);
            writer.Write7BitEncodedInt(DayOrZero(role.Start));
            writer.Write7BitEncodedInt(DayOrZero(role.End));
            writer.Write((byte)role.Flags);
            writer.Write((ushort)role.Source);
        }
    }

    private static KnowledgeContents ReadTables(BinaryReader reader, string?[] strings)
    {
        var sources = new KnowledgeSourceInfo[reader.Read7BitEncodedInt()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new KnowledgeSourceInfo(
                Required(reader, strings), Required(reader, strings), Required(reader, strings), Required(reader, strings), reader.Read7BitEncodedInt());
        }

        var entries = new KnowledgeEntry[reader.Read7BitEncodedInt()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ReadEntry(reader, strings, i);
        }

        var keyCount = reader.Read7BitEncodedInt();
        var keys = new string[keyCount];
        var caseRules = new CaseRule[keyCount];
        var starts = new int[keyCount + 1];
        var postings = new List<AliasPosting>(keyCount * 2);
        for (var k = 0; k < keyCount; k++)
        {
            keys[k] = reader.ReadString();
            caseRules[k] = (CaseRule)reader.ReadByte();
            starts[k] = postings.Count;
            var count = reader.Read7BitEncodedInt();
            var entry = 0;
            for (var p = 0; p < count; p++)
            {
                entry += reader.Read7BitEncodedInt();
                postings.Add(new AliasPosting(entry, (AliasKind)reader.ReadByte()));
            }
        }

        starts[keyCount] = postings.Count;
        var titles = new Title[reader.Read7BitEncodedInt()];
        for (var i = 0; i < titles.Length; i++)
        {
            titles[i] = new Title(reader.ReadString(), Optional(reader, strings), (Office)reader.ReadByte());
        }

        return new KnowledgeContents(entries, keys, caseRules, starts, [.. postings], titles, sources);
    }

    private static KnowledgeEntry ReadEntry(BinaryReader reader, string?[] strings, int index)
    {
        var id = Required(reader, strings);
        var kind = (EntryKind)reader.ReadByte();
        var name = Required(reader, strings);
        var country = Optional(reader, strings);
        var actorCode = Optional(reader, strings);
        var sources = (KnowledgeSources)reader.ReadUInt16();
        var parts = reader.ReadByte();
        GeoLocation? location = null;
        if ((parts & 1) != 0)
        {
            location = new GeoLocation(
                reader.ReadInt32() / 1e6, reader.ReadInt32() / 1e6, reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64(),
                Required(reader, strings), Optional(reader, strings), reader.ReadBoolean());
        }

        CountryFacts? facts = null;
        if ((parts & 2) != 0)
        {
            facts = new CountryFacts(
                Required(reader, strings), Required(reader, strings), Required(reader, strings),
                Optional(reader, strings), Optional(reader, strings), Optional(reader, strings));
        }

        var roles = new RoleSpan[reader.Read7BitEncodedInt()];
        for (var r = 0; r < roles.Length; r++)
        {
            roles[r] = new RoleSpan(
                Required(reader, strings), Optional(reader, strings), (Office)reader.ReadByte(), Optional(reader, strings),
                DayOrNull(reader.Read7BitEncodedInt()), DayOrNull(reader.Read7BitEncodedInt()),
                (RoleSpanFlags)reader.ReadByte(), (KnowledgeSources)reader.ReadUInt16());
        }

        return new KnowledgeEntry(index, id, kind, name, country, actorCode, roles, location, facts, sources);
    }

    private static int Microdegrees(double degrees) => (int)Math.Round(degrees * 1e6);

    private static int DayOrZero(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    private static DateOnly? DayOrNull(int value) => value == 0 ? null : DateOnly.FromDayNumber(value - 1);

    private static string Required(BinaryReader reader, string?[] strings) =>
        Optional(reader, strings) ?? throw new InvalidDataException("a required string is missing");

    private static string? Optional(BinaryReader reader, string?[] strings) => strings[reader.Read7BitEncodedInt()];

    /// <summary>Strings stored once and referred to by number; 0 is null.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public void Write(BinaryWriter writer, string? value)
        {
            if (value is null)
            {
                writer.Write7BitEncodedInt(0);
                return;
            }

            if (!_ids.TryGetValue(value, out var id))
            {
                _strings.Add(value);
                id = _strings.Count;
                _ids.Add(value, id);
            }

            writer.Write7BitEncodedInt(id);
        }

        public void WriteTo(BinaryWriter writer)
        {
            writer.Write7BitEncodedInt(_strings.Count);
            foreach (var value in _strings)
            {
                writer.Write(value);
            }
        }

        public static string?[] Read(BinaryReader reader)
        {
            var strings = new string?[reader.Read7BitEncodedInt() + 1];
            for (var i = 1; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            return strings;
        }
    }
}
