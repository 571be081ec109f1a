using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Readout.Core.Errors;

namespace Readout.Nlp.Learning;

/// <summary>
/// The container of every trained Readout model: a magic number, the model kind and format version, then a
/// Brotli-compressed payload written with a <see cref="BinaryWriter"/>.
/// </summary>
/// <remarks>Writing is deterministic: the same model gives the same bytes, so a checksum identifies a training run.</remarks>
public static class ModelFile
{
    private static readonly byte[] Magic = "RDOM"u8.ToArray();

    /// <summary>Writes a model of <paramref name="kind"/> to <paramref name="path"/>; <paramref name="writePayload"/> writes its body.</summary>
    public static void Write(string path, string kind, int formatVersion, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(writePayload);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        file.Write(Magic);
        using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(kind);
            header.Write(formatVersion);
        }

        using var compressed = new BrotliStream(file, CompressionLevel.Optimal, leaveOpen: true);
        using var buffered = new BufferedStream(compressed, 1 << 16);
        using var writer = new BinaryWriter(buffered, Encoding.UTF8);
        writePayload(writer);
    }

    /// <summary>Reads a model of <paramref name="kind"/> from <paramref name="path"/> with <paramref name="readPayload"/>.</summary>
    /// <exception cref="ReadoutException">
    /// <see cref="ErrorCodes.ModelMissing"/> when the file does not exist; <see cref="ErrorCodes.ModelCorrupt"/> when it is
    /// not a model of that kind and version or cannot be read.
    /// </exception>
    public static T Read<T>(string path, string kind, int formatVersion, Func<BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(readPayload);
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"model file '{path}' is not installed");
        }

        try
        {
            using var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            file.ReadExactly(magic);
            using var header = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (!magic.SequenceEqual(Magic) || header.ReadString() != kind || header.ReadInt32() != formatVersion)
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"'{path}' is not a {kind} model of format {formatVersion}");
            }

            using var compressed = new BrotliStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(compressed, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            return readPayload(reader);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or EndOfStreamException or ArgumentException or FormatException)
        {
            throw new ReadoutException(ErrorCodes.ModelCorrupt, $"'{path}' cannot be read: {error.Message}", error);
        }
    }

    /// <summary>
    /// The version of a component over the model at <paramref name="path"/>: <paramref name="version"/> followed by the
    /// start of the checksum its manifest.json records, so stored results name the model that made them.
    /// </summary>
    /// <remarks>Reads the manifest rather than hashing the model, which would cost tens of milliseconds per pipeline.</remarks>
    public static string VersionOf(string path, string version)
    {
        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "manifest.json");
        if (!File.Exists(manifest))
        {
            return version;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
            return json.RootElement.TryGetProperty("sha256", out var sha) && sha.GetString() is { Length: >= 12 } hex
                ? version + "+" + hex[..12]
                : version;
        }
        catch (System.Text.Json.JsonException)
        {
            return version;
        }
    }

    /// <summary>The SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
