using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Readout.Server;

namespace Readout.Benchmarks.Server;

/// <summary>
/// A bounded load test of <c>POST /api/extract</c> on loopback: a fixed number of requests at a fixed concurrency,
/// every answer checked, latency percentiles reported. Not a BenchmarkDotNet benchmark: run it with
/// <c>dotnet run -c Release --project bench/Readout.Benchmarks -- load [--requests 2000] [--concurrency 16] [--url URL] [--article FILE]</c>.
/// </summary>
/// <remarks>Without <c>--url</c> it starts a server in this process on a free loopback port (client and server then share the CPU).</remarks>
public static class ExtractLoad
{
    private const int WarmUp = 50;

    /// <summary>Runs the load test; returns 0 when every request succeeded.</summary>
    public static async Task<int> Run(string[] args)
    {
        var requests = IntOption(args, "--requests", 2000);
        var concurrency = IntOption(args, "--concurrency", 16);
        var url = Option(args, "--url");
        var article = await File.ReadAllTextAsync(Option(args, "--article") ?? SampleArticle()).ConfigureAwait(false);

        WebApplication? server = null;
        var directory = Directory.CreateTempSubdirectory("readout-load-").FullName;
        try
        {
            if (url is null)
            {
                server = ReadoutServer.Create(new ServerOptions { Database = Path.Combine(directory, "load.db"), Port = 0, IngestEnabled = false });
                await server.StartAsync().ConfigureAwait(false);
                url = ReadoutServer.Address(server).ToString();
            }

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(url) };
            var target = new Uri(client.BaseAddress, "/api/extract");
            var body = Encoding.UTF8.GetBytes(article);
            await Send(client, target, body, WarmUp, concurrency).ConfigureAwait(false);

            var clock = Stopwatch.StartNew();
            var (latencies, errors) = await Send(client, target, body, requests, concurrency).ConfigureAwait(false);
            clock.Stop();
            Array.Sort(latencies);
            string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
            Console.WriteLine($"POST /api/extract at {url}: {requests:N0} requests, concurrency {concurrency}, article {article.Length:N0} characters");
            Console.WriteLine($"errors {errors}, elapsed {clock.Elapsed.TotalSeconds:0.00} s, {requests / clock.Elapsed.TotalSeconds:0} requests/s");
            Console.WriteLine($"latency ms: p50 {Ms(Percentile(latencies, 50))}, p90 {Ms(Percentile(latencies, 90))}, p99 {Ms(Percentile(latencies, 99))}, max {Ms(latencies[^1])}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            if (server is not null)
            {
                await server.StopAsync().ConfigureAwait(false);
                await server.DisposeAsync().ConfigureAwait(false);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    // Workers take request numbers from one counter until none are left; each request's latency is kept.
    private static async Task<(double[] Latencies, int Errors)> Send(HttpClient client, Uri target, byte[] body, int count, int concurrency)
    {
        var latencies = new double[count];
        var next = -1;
        var errors = 0;
        async Task Worker()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new("text/plain") { CharSet = "utf-8" };
                    using var response = await client.PostAsync(target, content).ConfigureAwait(false);
                    var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK || !json.Contains("\"quotes\":[", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker))).ConfigureAwait(false);
        return (latencies, errors);
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string SampleArticle()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "samples", "ministers-meeting.txt")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? throw new FileNotFoundException("samples/ministers-meeting.txt not found above the binary; pass --article FILE")
            : Path.Combine(folder.FullName, "samples", "ministers-meeting.txt");
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
