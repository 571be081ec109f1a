using System.CommandLine;
using Readout.Core.Errors;
using Readout.Distribution.RabbitMq;

namespace Readout.Cli.Commands;

/// <summary>The <c>--broker</c> and <c>--queue</c> options the distributed commands share, and opening the broker they name.</summary>
internal static class BrokerOption
{
    public static Option<string?> Create(bool required) => new("--broker")
    {
        Description = "A RabbitMQ broker: amqp://user:password@host:port/vhost" + (required ? "." : " (publish documents for `readout worker` instead of analysing them here)."),
        Required = required,
    };

    public static Option<string> CreateQueue() => new("--queue")
    {
        Description = "The work queue (its failure and progress logs are named after it).",
        DefaultValueFactory = _ => RabbitMqBroker.DefaultQueue,
    };

    /// <summary>The broker, or null after reporting why not (one coded line).</summary>
    public static RabbitMqBroker? Open(CliContext context, string address, string queue, string role)
    {
        try
        {
            return RabbitMqBroker.Create(address, queue, $"readout {role} {Environment.MachineName}:{Environment.ProcessId}");
        }
        catch (ReadoutException error)
        {
            context.ReportError("--broker", error);
            return null;
        }
    }
}
