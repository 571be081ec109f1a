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
/// Three worker processes on a real broker and one PostgreSQL: one worker is killed with SIGKILL mid-run, the broker
/// is restarted and another worker is stopped with SIGTERM mid-run (and replaced); every document still ends up stored
/// exactly once, the same as a single-process ingest, and the poison is dead-lettered with its reason.
/// </summary>
/// <remarks>
/// The poison: records with no text (refused by the publisher), messages that are not documents (dead-lettered at once)
/// and documents whose title holds a NUL character, which PostgreSQL refuses to store in a text column (each fails
/// every delivery until the last attempt, then is dead-lettered; an in-process ingest fails them too).
/// </remarks>
public sealed class DistributedIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 3000;
    private const int NearDuplicates = 60;
    private const int Empty = 3;
    private const int Poison = 2;
    private const int Published = Articles + NearDuplicates + Poison;

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-distributed-").FullName;
    private readonly List<string> _schemas = [];
    private readonly List<Process> _workers = [];
    private readonly List<List<string>> _logs = [];

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
            Assert.Contains($"published             {Published,10:N0}", publishOut, StringComparison.Ordinal);
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
            await WaitForAsync(() => CountDocuments(distributed) >= restartedAt + 300, "the workers to go on after the broker restart");

            // SIGTERM mid-run: the worker finishes the documents in hand, requeues the rest and exits cleanly; a new one takes over.
            var terminatedAt = CountDocuments(distributed);
            var terminated = _workers[1];
            Terminate(terminated);
            StartWorker(brokerUrl, queue, distributed);
            Assert.True(terminated.WaitForExit(TimeSpan.FromSeconds(60)), "the worker did not stop on SIGTERM");
            terminated.WaitForExit(); // the end of its redirected output
            Assert.Equal(0, terminated.ExitCode);
            Assert.Contains(_logs[1], l => l.Contains("SIGTERM: finishing the documents in hand, requeueing the rest", StringComparison.Ordinal));
            Assert.Contains(_logs[1], l => l.StartsWith("readout worker: ", StringComparison.Ordinal));
            output.WriteLine($"killed a worker at {killedAt} documents, restarted the broker at {restartedAt}, stopped a worker with SIGTERM at {terminatedAt}");

            RunStatus? status = null;
            await WaitForAsync(
                async () => (status = (await RunStatusReader.ReadAsync(broker)).FirstOrDefault()) is { IsComplete: true } && await broker.CountWaitingAsync() == 0,
                () => $"the run to complete: {status}");
            output.WriteLine($"distributed run: {clock.Elapsed.TotalSeconds:N1} s; {status}");
            Assert.True(terminatedAt < Articles + NearDuplicates, "the run was over before the SIGTERM: make the corpus larger");
            Assert.Equal((Published, Published - Poison, (long)Empty, (long)Poison), (status!.Published, status.Done, status.Unreadable, status.DeadLettered));

            // SIGTERM: the surviving workers, idle now, exit cleanly.
            foreach (var worker in _workers.Skip(2))
            {
                Terminate(worker);
            }

            foreach (var worker in _workers.Skip(2))
            {
                Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "a worker did not stop on SIGTERM");
                Assert.Equal(0, worker.ExitCode);
            }

            var single = NewDatabase();
            var (singleExit, singleOut, _) = CliRunner.Run(["ingest", corpus, "--db", single, "--threads", "2"]);
            output.WriteLine(singleOut);
            Assert.Equal(1, singleExit);
            Assert.Contains("RO4004: 2", singleOut, StringComparison.Ordinal); // PostgreSQL refuses the poison in-process too
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

            Assert.Equal(["RO2003", "RO2003", "RO2003", "RO4004", "RO4004", "RO5003", "RO5003"], failures.Select(f => f.Code).Order(StringComparer.Ordinal));
            Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
            Assert.All(failures.Where(f => f.Code is "RO2003" or "RO4004"), f => Assert.StartsWith(corpus + ":", f.Source, StringComparison.Ordinal));
            Assert.All(failures.Where(f => f.Code == "RO4004"), f => Assert.Equal(3, f.Attempts)); // the workers' default --max-attempts
            Assert.All(failures.Where(f => f.Code == "RO4004"), f => Assert.Contains("0x00", f.Reason, StringComparison.Ordinal));
            var (listExit, listed, _) = CliRunner.Run(["failures", "--broker", brokerUrl, "--queue", queue, "--format", "jsonl"]);
            Assert.Equal(0, listExit);
            Assert.Equal(7, listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
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

            if (i % (Articles / Poison) == 23)
            {
                lines.Append(TestInputs.JsonlLine($"p{i}", title + "\0 (garbled)", "A garbled wire copy. " + text, date, "garbled-wire")).Append('\n');
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
        var log = new List<string>();
        _logs.Add(log);
        void Received(string? line)
        {
            lock (log)
            {
                log.Add(line ?? string.Empty);
            }

            Log($"worker {number}: {line}");
        }

        worker.OutputDataReceived += (_, line) => Received(line.Data);
        worker.ErrorDataReceived += (_, line) => Received(line.Data);
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
