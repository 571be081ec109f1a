using System.Text;

namespace Readout.Cli.Output;

/// <summary>A write-only stream that decodes the UTF-8 written to it into a <see cref="TextWriter"/>.</summary>
/// <remarks>
/// Lets the JSON serialiser stream a document into the command's output writer chunk by chunk, instead of building the
/// whole JSON as one string first (hundreds of MB for a 10 MB input with --tokens). A character split across two
/// writes is kept by the decoder until its last byte arrives. Disposing flushes the decoder, not the writer.
/// </remarks>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _characters = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _characters.Length)
        {
            _characters = new char[Math.Max(needed, _characters.Length * 2)];
        }

        var decoded = _decoder.GetChars(buffer, _characters, flush: false);
        writer.Write(_characters, 0, decoded);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var decoded = _decoder.GetChars(ReadOnlySpan<byte>.Empty, _characters, flush: true);
            writer.Write(_characters, 0, decoded);
        }

        base.Dispose(disposing);
    }
}
