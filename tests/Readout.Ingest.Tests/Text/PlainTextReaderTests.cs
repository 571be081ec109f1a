using System.Text;
using Readout.Core.Errors;
using Readout.Ingest.Text;

namespace Readout.Ingest.Tests.Text;

public sealed class PlainTextReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-text-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ErrorCode ErrorOf(Action read) => Assert.Throws<ReadoutException>(read).Code;

    [Fact]
    public void Reads_utf8_without_changing_a_character()
    {
        const string text = "Tehran \u2014 \u201CWe agree,\u201D said Raisi (\u0631\u0626\u06CC\u0633\u06CC).\r\n";
        var path = Write("a.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, new PlainTextReader().Read(path).Text);
    }

    [Fact]
    public void Drops_a_utf8_byte_order_mark()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hello")]);
        Assert.Equal("Hello", new PlainTextReader().Read(path).Text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Reads_utf16_and_utf32_with_a_byte_order_mark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Damascus \u2013 talks")]);
        Assert.Equal("Damascus \u2013 talks", new PlainTextReader().Read(path).Text);
    }

    [Fact]
    public void Missing_file_is_input_not_found()
    {
        Assert.Equal(ErrorCodes.InputNotFound, ErrorOf(() => new PlainTextReader().Read(Path.Combine(_directory, "nope.txt"))));
    }

    [Fact]
    public void Directory_is_refused()
    {
        Assert.Equal(ErrorCodes.InputIsDirectory, ErrorOf(() => new PlainTextReader().Read(_directory)));
    }

    [Fact]
    public void Empty_and_whitespace_only_files_are_refused()
    {
        Assert.Equal(ErrorCodes.InputEmpty, ErrorOf(() => new PlainTextReader().Read(Write("empty.txt", []))));
        Assert.Equal(ErrorCodes.InputEmpty, ErrorOf(() => new PlainTextReader().Read(Write("blank.txt", " \n\t "u8.ToArray()))));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 })]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00, 0x43 })]
    public void Binary_data_is_refused(byte[] bytes)
    {
        Assert.Equal(ErrorCodes.InputBinary, ErrorOf(() => new PlainTextReader().Read(Write("binary.bin", bytes))));
    }

    [Fact]
    public void Invalid_utf8_is_refused_naming_the_byte_offset()
    {
        var path = Write("latin1.txt", [.. "Caf"u8, 0xE9, .. " noir"u8]);
        var error = Assert.Throws<ReadoutException>(() => new PlainTextReader().Read(path));
        Assert.Equal(ErrorCodes.InputEncoding, error.Code);
        Assert.Contains("byte 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_encoding_reads_what_utf8_refuses()
    {
        var path = Write("latin1.txt", [.. "Caf"u8, 0xE9]);
        Assert.Equal("Caf\u00E9", new PlainTextReader(encodingName: "windows-1252").Read(path).Text);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_directory, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk and no memory
        }

        var error = Assert.Throws<ReadoutException>(() => new PlainTextReader().Read(path));
        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        Assert.Contains("209,715,200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused_while_streaming()
    {
        using var input = new MemoryStream(new byte[4096]);
        Assert.Equal(ErrorCodes.InputTooLarge, ErrorOf(() => new PlainTextReader(maxBytes: 1000).Read("-", input)));
    }
}
