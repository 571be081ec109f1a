using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Readout.Core.Errors;
using Readout.Extraction;
using Readout.Server.Analysis;
using Readout.Server.Endpoints;
using Readout.Server.Hosting;

namespace Readout.Server;

/// <summary>Builds the <c>readout serve</c> web application: the JSON API, its OpenAPI document and the page.</summary>
public static class ReadoutServer
{
    /// <summary>The path of the OpenAPI document.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>Builds the application; <c>StartAsync</c> or <c>RunAsync</c> it, then dispose it.</summary>
    /// <exception cref="ReadoutException">InvalidOption for a host that is not an IP address or a bad port or limit.</exception>
    public static WebApplication Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = Validate(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReadoutServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        options.Logging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestBody.KestrelLimit(options.MaxRequestBytes);
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Listen(address, options.Port);
        });
        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new StorePool(options.Database, Math.Max(4, Environment.ProcessorCount * 2)));
        builder.Services.AddSingleton(new DocumentAnalyzer(options.Pipeline ?? StandardPipeline.Create(), options.MaxRequestBytes));

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        app.Use(ErrorHandling.Handle);
        app.MapOpenApi(OpenApiPath);
        PageEndpoints.Map(app);
        InfoEndpoints.Map(app);
        OntologyEndpoints.Map(app);
        ExtractEndpoints.Map(app, options);
        DocumentEndpoints.Map(app);
        EventEndpoints.Map(app);
        QuoteEndpoints.Map(app);
        EntityEndpoints.Map(app);
        ActorEndpoints.Map(app);
        DyadEndpoints.Map(app);
        return app;
    }

    /// <summary>The address the application listens on once started (<c>http://127.0.0.1:5080</c>).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Urls.First());
    }

    private static IPAddress Validate(ServerOptions options)
    {
        if (!IPAddress.TryParse(options.Host == "localhost" ? "127.0.0.1" : options.Host, out var address))
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, $"--host: '{options.Host}' is not an IP address (127.0.0.1, ::1, 0.0.0.0)");
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, $"--port: {options.Port} is not a port number");
        }

        if (options.MaxRequestBytes < 1024 || options.MaxRows < 1)
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, "the request limit must be at least 1 KiB and the row limit at least 1");
        }

        return address;
    }
}
