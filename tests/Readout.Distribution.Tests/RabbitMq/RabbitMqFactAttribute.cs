namespace Readout.Distribution.Tests.RabbitMq;

/// <summary>A test that needs a RabbitMQ broker: skipped with a message when none is configured.</summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the test broker's AMQP URL (.ci/run sets it).</summary>
    public const string Variable = "READOUT_TEST_RABBITMQ";

    public RabbitMqFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"RabbitMQ tests need a broker: set {Variable} to an amqp:// URL (.ci/run starts one with .ci/rabbitmq)";
        }
    }

    /// <summary>A broker on a work queue of its own, so tests never see each other's messages.</summary>
    public static Distribution.RabbitMq.RabbitMqBroker Broker(out string queue)
    {
        queue = "readout-test-" + Guid.NewGuid().ToString("N")[..12];
        return Distribution.RabbitMq.RabbitMqBroker.Create(Environment.GetEnvironmentVariable(Variable)!, queue, "readout tests");
    }
}
