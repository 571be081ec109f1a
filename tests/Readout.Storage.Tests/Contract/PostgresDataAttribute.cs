using System.Reflection;
using Xunit.Sdk;

namespace Readout.Storage.Tests.Contract;

/// <summary>Adds the "postgres" case to a store contract theory, skipped with a message when no test server is configured.</summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    /// <summary>The environment variable holding the test server's connection string (.ci/run sets it).</summary>
    public const string Variable = "READOUT_TEST_POSTGRES";

    public PostgresDataAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"PostgreSQL contract tests need a server: set {Variable} to a connection string (.ci/run starts one with .ci/postgres)";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
