using Npgsql;
using Readout.Core.Errors;

namespace Readout.Storage.Postgres;

/// <summary>Turns a <c>postgres://user:password@host:port/database</c> URL or a key=value connection string into an Npgsql connection string.</summary>
internal static class PostgresAddress
{
    /// <summary>True when <paramref name="address"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string address) =>
        address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (address.Contains('=', StringComparison.Ordinal) && address.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for <paramref name="address"/>.</summary>
    /// <exception cref="ReadoutException">DatabaseAddressInvalid.</exception>
    public static string ToConnectionString(string address)
    {
        try
        {
            if (!address.Contains("://", StringComparison.Ordinal))
            {
                return new NpgsqlConnectionStringBuilder(address).ConnectionString;
            }

            var uri = new Uri(address);
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.Port > 0 ? uri.Port : 5432,
                Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            };
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                builder[Uri.UnescapeDataString(kv[0]).Replace('_', ' ')] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }

            return builder.ConnectionString;
        }
        catch (Exception exception) when (exception is UriFormatException or ArgumentException or KeyNotFoundException or FormatException)
        {
            throw new ReadoutException(ErrorCodes.DatabaseAddressInvalid, $"'{Redact(address)}' is not a PostgreSQL URL or connection string: {exception.Message}", exception);
        }
    }

    /// <summary>The address with any password replaced by ***, for messages.</summary>
    public static string Redact(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0 && at > scheme)
        {
            var colon = address.IndexOf(':', scheme + 3);
            return colon >= 0 && colon < at ? address[..(colon + 1)] + "***" + address[at..] : address;
        }

        return System.Text.RegularExpressions.Regex.Replace(address, @"(?i)(password|pwd)\s*=\s*[^;]*", "$1=***");
    }
}
