using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Readout.Core.Errors;
using Readout.Server;
using Readout.Storage;

namespace Readout.Cli.Commands;

/// <summary><c>readout serve</c>: the web application (JSON API, OpenAPI document and the page) over a database.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => ServerOptions.DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: loopback by default; 0.0.0.0 exposes the server to the network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var noIngest = new Option<bool>("--no-ingest") { Description = "Refuse to store documents: POST /api/ingest is not served (the page only reads)." };
        var noExtract = new Option<bool>("--no-extract") { Description = "Refuse to analyse posted text: POST /api/extract is not served." };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "The largest request body, in MiB.",
            DefaultValueFactory = _ => (int)(ServerOptions.DefaultMaxRequestBytes / (1024 * 1024)),
        };
        var command = new Command("serve", "Serve the web page and JSON API over a database (http://127.0.0.1:5080 by default).")
        {
            database, port, host, noIngest, noExtract, maxSize,
        };
        command.SetAction(parse =>
        {
            var address = parse.GetValue(database)!;
            var options = new ServerOptions
            {
                Database = address,
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                IngestEnabled = !parse.GetValue(noIngest),
                ExtractEnabled = !parse.GetValue(noExtract),
                MaxRequestBytes = (long)parse.GetValue(maxSize) * 1024 * 1024,
                Logging = logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning),
            };
            return Run(context, options);
        });
        return command;
    }

    private static int Run(CliContext context, ServerOptions options)
    {
        // Open the database once first, so a bad --db fails now with its coded line rather than on the first request.
        using (var store = DatabaseOption.Open(context, options.Database))
        {
            if (store is null)
            {
                return 2;
            }
        }

        WebApplication app;
        try
        {
            app = ReadoutServer.Create(options);
        }
        catch (ReadoutException error)
        {
            context.ReportError("serve", error);
            return 2;
        }

        using (app)
        {
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException error)
            {
                context.ReportError($"{options.Host}:{options.Port}", new ReadoutException(ErrorCodes.InvalidOption, error.Message, error));
                return 2;
            }

            var writes = (options.ExtractEnabled, options.IngestEnabled) switch
            {
                (true, true) => "extract and ingest enabled",
                (true, false) => "extract enabled, ingest disabled",
                (false, true) => "ingest enabled, extract disabled",
                _ => "read-only",
            };
            context.Out.WriteLine($"Readout is serving {ReadoutServer.Address(app)} over {DocumentStores.Describe(options.Database)} ({writes}); Ctrl+C stops it.");
            context.Out.Flush();
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
        }

        return 0;
    }
}
