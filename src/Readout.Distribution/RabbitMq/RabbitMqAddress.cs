using Readout.Core.Errors;

namespace Readout.Distribution.RabbitMq;

/// <summary>Reads an <c>amqp://user:password@host:port/vhost</c> URL (or <c>amqps://</c>) and hides its password for messages.</summary>
internal static class RabbitMqAddress
{
    /// <summary>The URL as a <see cref="Uri"/>.</summary>
    /// <exception cref="ReadoutException">BrokerAddressInvalid.</exception>
    public static Uri Parse(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps") || uri.Host.Length == 0)
        {
            throw new ReadoutException(ErrorCodes.BrokerAddressInvalid, $"'{Redact(address)}' is not an amqp://user:password@host:port/vhost URL");
        }

        return uri;
    }

    /// <summary>The address with any password replaced by ***.</summary>
    public static string Redact(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (scheme < 0 || at < scheme)
        {
            return address;
        }

        var colon = address.IndexOf(':', scheme + 3);
        return colon >= 0 && colon < at ? string.Concat(address.AsSpan(0, colon + 1), "***", address.AsSpan(at)) : address;
    }
}
