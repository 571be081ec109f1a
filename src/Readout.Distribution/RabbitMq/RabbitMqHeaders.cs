using System.Globalization;
using System.Text;

namespace Readout.Distribution.RabbitMq;

/// <summary>Reads the AMQP headers RabbitMQ sets: the quorum queue's delivery count and the dead-letter reason.</summary>
internal static class RabbitMqHeaders
{
    /// <summary>Set by a quorum queue on redelivery: how many times the message was delivered before.</summary>
    public const string DeliveryCount = "x-delivery-count";

    /// <summary>Set when a message is dead-lettered: why (e.g. "delivery_limit", "rejected").</summary>
    public const string FirstDeathReason = "x-first-death-reason";

    /// <summary>Marks the record a reader appends to find the end of a log.</summary>
    public const string EndMarker = "x-readout-end-marker";

    public static int Integer(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;

    public static string? Text(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            _ => null,
        } : null;
}
