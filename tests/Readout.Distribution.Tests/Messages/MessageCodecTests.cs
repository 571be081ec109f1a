using System.Text;
using Readout.Core.Errors;
using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;

namespace Readout.Distribution.Tests.Messages;

public sealed class MessageCodecTests
{
    private static readonly DocumentMessage Message = new("r1", "wire.jsonl:3", "Officials met. \"We agree,\" she said.")
    {
        Title = "Talks",
        Published = new DateOnly(2023, 3, 14),
        Url = "https://example.org/talks",
        Outlet = "Wire",
        Format = "jsonl",
    };

    [Fact]
    public void A_document_message_comes_back_as_it_was_sent()
    {
        Assert.Equal(Message, MessageCodec.DecodeDocument(MessageCodec.Encode(Message)));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"version":1}""")]
    [InlineData("""{"version":1,"document":{"run":"r1","source":"a"}}""")]
    [InlineData("""{"version":2,"document":{"run":"r1","source":"a","text":"b"}}""")]
    public void A_message_that_is_not_a_document_of_this_format_is_refused_with_a_code(string body)
    {
        var error = Assert.Throws<ReadoutException>(() => MessageCodec.DecodeDocument(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(ErrorCodes.MessageMalformed, error.Code);
    }

    [Fact]
    public void A_document_the_broker_dead_lettered_is_listed_as_a_failure_naming_its_source()
    {
        var failure = FailureLog.Decode(new LogRecord(MessageCodec.Encode(Message), "delivery_limit", 11));

        Assert.NotNull(failure);
        Assert.Equal(("r1", "wire.jsonl:3", "RO5004", 11, "broker"), (failure.Run, failure.Source, failure.Code, failure.Attempts, failure.Reporter));
        Assert.Contains("delivery_limit", failure.Reason, StringComparison.Ordinal);
        Assert.Null(FailureLog.Decode(new LogRecord("garbage"u8.ToArray())));
    }
}
