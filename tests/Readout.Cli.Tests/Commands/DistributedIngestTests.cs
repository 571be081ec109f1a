using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using Readout.Distribution;
using Readout.Distribution.Messages;
using Readout.Distribution.Monitoring;
using Readout.Distribution.RabbitMq;
using Readout.Storage;
using Readout.Storage.Records;
using Readout.Testing;
using Xunit.Abstractions;

namespace Readout.Cli.Tests.Commands;

/// <summary>
/// Three worker processes on a real broker and one PostgreSQL: one worker is killed with SIGKILL mid-run and the broker
/// is restarted; every document still ends up stored exactly once, the same as a single-process ingest, and the poison
/// is dead-lettered with its reason.
/// </summary>
public sealed class DistributedIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 3000;
    private const int NearDuplicates = 60;
    private const int Empty = 3;

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-distributed-").FullName;
    private readonly List<string> _schemas = [];
    private readonly List<Process> _workers = [];

    public void Dispose()
    {
        foreach (var worker in _workers.Where(w => !w.HasExited))
        {
            worker.Kill(entireProcessTree: true);
        }

        using (var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(DistributedFaultsFactAttribute.Postgres)))
        {
            connection.Open();
            foreach (var schema in _schemas)
            {
                using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
                command.ExecuteNonQuery();
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    [DistributedFaultsFact]
    public async Task Three_workers_a_kill_and_a_broker_restart_store_every_document_exactly_once_as_a_single_process_would()
    {
        var corpus = WriteCorpus();
        var brokerUrl = Environment.GetEnvironmentVariable(DistributedFaultsFactAttribute.Broker)!;
        var queue = "readout-faults-" + Guid.NewGuid().ToString("N")[..8];
        var distributed = NewDatabase();
        await using var broker = RabbitMqBroker.Create(brokerUrl, queue, "readout fault test");
        try
        {
            var (publishExit, publishOut, publishError) = CliRunner.Run(["ingest", corpus, "--broker", brokerUrl, "--queue", queue, "--db", distributed]);
            output.WriteLine(publishOut + publishError);
            Assert.Equal(1, publishExit); // the empty records failed
            Assert.Contains($"published             {Articles + NearDuplicates,10:N0}", publishOut, StringComparison.Ordinal);
            await broker.PublishAsync([new OutgoingMessage("junk-1", "{ not json"u8.ToArray()), new OutgoingMessage("junk-2", """{"version":7}"""u8.ToArray())]);

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 3; i++)
            {
                StartWorker(brokerUrl, queue, distributed);
            }

            await WaitForAsync(() => CountDocuments(distributed) >= 500, "the workers to store 500 documents");
            _workers[0].Kill(entireProcessTree: true); // SIGKILL: its unacknowledged messages go back to the queue
            var killedAt = CountDocuments(distributed);
            await WaitForAsync(() => CountDocuments(distributed) >= killedAt + 500, "the other workers to go on");
            var restartedAt = CountDocuments(distributed);
            RestartBroker();
            output.WriteLine($"killed a worker at {killedAt} documents, restarted the broker at {restartedAt}");

            RunStatus? status = null;
            await WaitForAsync(
                async () => (status = (await RunStatusReader.ReadAsync(broker)).FirstOrDefault()) is { IsComplete: true } && await broker.CountWaitingAsync() == 0,
                () => $"the run to complete: {status}");
            output.WriteLine($"distributed run: {clock.Elapsed.TotalSeconds:N1} s; {status}");
            Assert.True(restartedAt < Articles + NearDuplicates, "the run was over before the broker restart: make the corpus larger");
            Assert.Equal((Articles + NearDuplicates, Articles + NearDuplicates, (long)Empty, 0L), (status!.Published, status.Done, status.Unreadable, status.DeadLettered));

            // SIGTERM: the surviving workers finish what they hold and exit cleanly.
            foreach (var worker in _workers.Skip(1))
            {
                Terminate(worker);
            }

            foreach (var worker in _workers.Skip(1))
            {
                Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "a worker did not stop on SIGTERM");
                Assert.Equal(0, worker.ExitCode);
            }

            var single = NewDatabase();
            var (singleExit, singleOut, _) = CliRunner.Run(["ingest", corpus, "--db", single, "--threads", "2"]);
            output.WriteLine(singleOut);
            Assert.Equal(1, singleExit);
            var (expected, actual) = (Summary(single), Summary(distributed));
            Assert.Equal(Articles + NearDuplicates, actual.RowCounts["documents"]);
            Assert.True(expected.RowCounts["near_duplicates"] >= NearDuplicates, "the corpus should hold near-duplicate pairs");
            Assert.Equal(expected.RowCounts.OrderBy(p => p.Key), actual.RowCounts.OrderBy(p => p.Key));
            Assert.Equal(expected.Fingerprint, actual.Fingerprint);

            var failures = new List<FailureRecord>();
            await foreach (var failure in FailureLog.ReadAsync(broker))
            {
                failures.Add(failure);
            }

            Assert.Equal(["RO2003", "RO2003", "RO2003", "RO5003", "RO5003"], failures.Select(f => f.Code).Order(StringComparer.Ordinal));
            Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
            Assert.All(failures.Where(f => f.Code == "RO2003"), f => Assert.StartsWith(corpus + ":", f.Source, StringComparison.Ordinal));
            var (listExit, listed, _) = CliRunner.Run(["failures", "--broker", brokerUrl, "--queue", queue, "--format", "jsonl"]);
            Assert.Equal(0, listExit);
            Assert.Equal(5, listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("\"code\":\"RO5003\"", listed, StringComparison.Ordinal);
        }
        finally
        {
            await broker.DeleteQueuesAsync();
        }
    }

    // The synthetic articles, near-duplicate variants of some (a wire story carried twice), and records with no text.
    private string WriteCorpus()
    {
        var path = Path.Combine(_directory, "corpus.jsonl");
        var lines = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            var (title, text, published) = SyntheticNews.Article(i);
            var date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.Append(TestInputs.JsonlLine($"s{i}", title, text, date)).Append('\n');
            if (i % (Articles / NearDuplicates) == 7)
            {
                lines.Append(TestInputs.JsonlLine($"s{i}-copy", title, text + " Officials gave no further details.", date, "other-wire")).Append('\n');
            }

            if (i % (Articles / Empty) == 11)
            {
                lines.Append(TestInputs.JsonlLine($"e{i}", "Empty", string.Empty, date)).Append('\n');
            }
        }

        File.WriteAllText(path, lines.ToString(), new UTF8Encoding(false));
        return path;
    }

    private string NewDatabase()
    {
        var admin = Environment.GetEnvironmentVariable(DistributedFaultsFactAttribute.Postgres)!;
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    private void StartWorker(string brokerUrl, string queue, string database)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "readout.dll"), "worker", "--broker", brokerUrl, "--queue", queue, "--db", database, "--threads", "1", "--batch-size", "20" })
        {
            start.ArgumentList.Add(argument);
        }

        var worker = Process.Start(start)!;
        var number = _workers.Count + 1;
        worker.OutputDataReceived += (_, line) => Log($"worker {number}: {line.Data}");
        worker.ErrorDataReceived += (_, line) => Log($"worker {number}: {line.Data}");
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        _workers.Add(worker);
    }

    private void Log(string? line)
    {
        try
        {
            output.WriteLine(line ?? string.Empty);
        }
        catch (InvalidOperationException)
        {
            // The test is over; a late line from a child process.
        }
    }

    private static void RestartBroker()
    {
        Run("rabbitmqctl", "-q", "stop");
        Run("rabbitmq-server", "-detached");
        for (var attempt = 0; Run("rabbitmqctl", "-q", "await_startup", "--timeout", "60") != 0; attempt++)
        {
            Assert.True(attempt < 60, "the broker did not come back");
            Thread.Sleep(1000);
        }
    }

    private static void Terminate(Process process) => Run("kill", "-TERM", process.Id.ToString(CultureInfo.InvariantCulture));

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static Task WaitForAsync(Func<bool> condition, string what) => WaitForAsync(() => Task.FromResult(condition()), () => what);

    private static async Task WaitForAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Core.Errors.ReadoutException)
            {
                // The broker is restarting.
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"timed out waiting for {what()}");
            await Task.Delay(200);
        }
    }

    private static long CountDocuments(string database)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*) FROM documents", connection);
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (PostgresException)
        {
            return 0; // not migrated yet
        }
    }

    private static StoreSummary Summary(string database)
    {
        using var store = DocumentStores.Open(database);
        return store.Summarize();
    }
}
