using System.Text;
using Readout.Cli.Output;

namespace Readout.Cli.Tests.Output;

public sealed class TextWriterStreamTests
{
    [Fact]
    public void Characters_split_across_writes_reach_the_writer_whole()
    {
        // "é" is two UTF-8 bytes, "“" three and "😀" four: every split point of the text is tried.
        const string Text = "Berg: \u201CWe agreed.\u201D caf\u00E9 \uD83D\uDE00 end";
        var bytes = Encoding.UTF8.GetBytes(Text);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var output = new StringWriter();
            using (var stream = new TextWriterStream(output))
            {
                stream.Write(bytes, 0, split);
                stream.Write(bytes.AsSpan(split));
            }

            Assert.Equal(Text, output.ToString());
        }
    }

    [Fact]
    public void A_write_longer_than_the_buffer_is_written_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Ministers met in Gen\u00E8ve. ", 2_000));
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        Assert.Equal(text, output.ToString());
    }
}
