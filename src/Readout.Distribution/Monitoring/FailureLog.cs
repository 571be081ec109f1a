using System.Runtime.CompilerServices;
using Readout.Core.Errors;
using Readout.Distribution.Messages;

namespace Readout.Distribution.Monitoring;

/// <summary>Reads the failure log: records written by publishers and workers, and work messages the broker dead-lettered itself.</summary>
public static class FailureLog
{
    /// <summary>Every failed document once, oldest first; the log is left as it is.</summary>
    /// <remarks>A document logged twice (its worker died between logging and acknowledging it) is listed once.</remarks>
    /// <exception cref="ReadoutException">BrokerUnavailable.</exception>
    public static async IAsyncEnumerable<FailureRecord> ReadAsync(IWorkBroker broker, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var seen = new HashSet<(string, string, string)>();
        await foreach (var record in broker.ReadAsync(BrokerLog.Failures, cancellation))
        {
            if (Decode(record) is { } failure && seen.Add((failure.Run, failure.ContentHash ?? failure.Source, failure.Code)))
            {
                yield return failure;
            }
        }
    }

    /// <summary>The failure a log record stands for, or null for a record this version cannot read.</summary>
    public static FailureRecord? Decode(LogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            if (record.DeadLetterReason is not { } reason)
            {
                return MessageCodec.DecodeFailure(record.Body);
            }

            // The broker moved the work message itself: it names the document, the headers say why.
            var document = TryDecodeDocument(record.Body);
            var text = $"the broker dead-lettered it ({reason}) after {record.DeliveryCount} deliveries without an acknowledgement: workers died or were stopped while analysing it";
            return new FailureRecord(document?.Run ?? string.Empty, document?.Source ?? "(unreadable message)", ErrorCodes.DeliveryLimitReached.Code, text, record.DeliveryCount, DateTimeOffset.MinValue)
            {
                ContentHash = document is null ? null : Core.Documents.Document.ContentHash(document.Text),
                Reporter = "broker",
            };
        }
        catch (ReadoutException)
        {
            return null;
        }
    }

    private static DocumentMessage? TryDecodeDocument(byte[] body)
    {
        try
        {
            return MessageCodec.DecodeDocument(body);
        }
        catch (ReadoutException)
        {
            return null;
        }
    }
}
