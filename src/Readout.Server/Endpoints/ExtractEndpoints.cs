using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Readout.Core.Annotations;
using Readout.Core.Contract;
using Readout.Core.Documents;
using Readout.Server.Analysis;
using Readout.Server.Hosting;
using Readout.Server.Responses;
using Readout.Storage.Records;

namespace Readout.Server.Endpoints;

/// <summary><c>POST /api/extract</c> (analyse, write nothing) and <c>POST /api/ingest</c> (analyse and store): the only endpoints that take a body.</summary>
internal static class ExtractEndpoints
{
    // Any content type: the body is sniffed as readout extract sniffs standard input; these are the ones documented.
    private static readonly string[] BodyTypes = ["text/plain", "text/html", "application/octet-stream", "*/*"];

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        if (options.ExtractEnabled)
        {
            app.MapPost("/api/extract", Extract)
                .Accepts<string>(false, BodyTypes[0], BodyTypes[1..])
                .Produces<AnalysedDocument>(StatusCodes.Status200OK, "application/json")
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .WithTags("analysis")
                .WithSummary("Analyse text or HTML (the body) and return the analysed-document JSON, as readout extract does; nothing is stored.")
                .WithDescription("The body is read like readout extract's standard input: plain text, an HTML page (its article is extracted), a feed (one object per item, as an array), optionally gzip.");
        }

        if (options.IngestEnabled)
        {
            app.MapPost("/api/ingest", Ingest)
                .Accepts<string>(false, BodyTypes[0], BodyTypes[1..])
                .Produces<IngestResponse>()
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .WithTags("analysis")
                .WithSummary("Analyse the body as /api/extract does and store the documents in the database (disabled by --no-ingest).");
        }
    }

    private static async Task<IResult> Extract(HttpRequest request, DocumentAnalyzer analyzer, ServerOptions options, string? published, string? name, bool? tokens, CancellationToken cancellation)
    {
        var analysed = await Analyse(request, analyzer, options, published, name, cancellation).ConfigureAwait(false);
        var json = new StringBuilder();
        if (analysed.Count > 1)
        {
            json.Append('[');
        }

        for (var i = 0; i < analysed.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(ContractWriter.ToJson(ContractMapper.ToContract(analysed[i].Document, tokens ?? false)));
        }

        if (analysed.Count > 1)
        {
            json.Append(']');
        }

        return Results.Text(json.ToString(), "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> Ingest(HttpRequest request, DocumentAnalyzer analyzer, StorePool stores, ServerOptions options, string? published, string? name, CancellationToken cancellation)
    {
        var analysed = await Analyse(request, analyzer, options, published, name, cancellation).ConfigureAwait(false);
        var batch = analysed.Select(a => StoredDocument.Create(a.Document, a.Metadata, analyzer.Pipeline.Version)).ToList();
        await stores.Use(store => store.Write(batch), cancellation).ConfigureAwait(false);
        return Results.Ok(new IngestResponse(batch.Select(Describe).ToList()));
    }

    private static async Task<IReadOnlyList<AnalysedInput>> Analyse(HttpRequest request, DocumentAnalyzer analyzer, ServerOptions options, string? published, string? name, CancellationToken cancellation)
    {
        var date = QueryValues.Date(published, "published");
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, cancellation).ConfigureAwait(false);

        // The source names the upload (a file name), never a path on this machine.
        var source = string.IsNullOrWhiteSpace(name) ? "-" : Path.GetFileName(name.Trim());
        return analyzer.Analyse(body, source, date);
    }

    private static IngestedDocument Describe(StoredDocument stored)
    {
        Document document = stored.Document;
        return new IngestedDocument(
            stored.ContentHash,
            document.Title,
            document.Get(AnnotationLayers.Quotations)?.Count ?? 0,
            document.Get(AnnotationLayers.Events)?.Count ?? 0);
    }
}
