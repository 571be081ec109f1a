namespace Readout.Cli.Tests.Commands;

/// <summary>A test that needs a RabbitMQ broker it may restart and a PostgreSQL server: skipped with a message when either is missing.</summary>
public sealed class DistributedFaultsFactAttribute : FactAttribute
{
    /// <summary>The test broker's AMQP URL (.ci/run sets it with .ci/rabbitmq).</summary>
    public const string Broker = "READOUT_TEST_RABBITMQ";

    /// <summary>The test PostgreSQL connection string (.ci/run sets it with .ci/postgres).</summary>
    public const string Postgres = "READOUT_TEST_POSTGRES";

    public DistributedFaultsFactAttribute()
    {
        var missing = new[] { Broker, Postgres }.Where(v => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(v))).ToList();
        if (missing.Count > 0)
        {
            Skip = $"distributed ingest tests need a RabbitMQ broker and a PostgreSQL server: set {string.Join(" and ", missing)} (.ci/run starts both with .ci/rabbitmq and .ci/postgres)";
        }
        else if (!OnPath("rabbitmqctl"))
        {
            Skip = "the broker-restart test needs rabbitmqctl on this machine (the broker must be local to be restarted)";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));
}
