using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Ingest.Inputs;
using Readout.Storage.Records;

namespace Readout.Server.Analysis;

/// <summary>Reads a request body as <c>readout extract</c> reads standard input (text, HTML, a feed; gzip too) and analyses it.</summary>
/// <remarks>Thread-safe: the reader and the pipeline are shared, each call has its own documents.</remarks>
internal sealed class DocumentAnalyzer
{
    private readonly InputReader _reader;

    public DocumentAnalyzer(Pipeline pipeline, long maxBytes)
    {
        Pipeline = pipeline;
        _reader = new InputReader(maxBytes);
    }

    /// <summary>The pipeline that analyses documents.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>Every document in <paramref name="body"/>, analysed; documents that cannot be read are left out.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="source">The source recorded in the contract (a file name, or "-").</param>
    /// <param name="published">The publication date to set, or null to keep what the input says.</param>
    /// <exception cref="ReadoutException">The first document's error when no document could be analysed.</exception>
    public IReadOnlyList<AnalysedInput> Analyse(byte[] body, string source, DateOnly? published)
    {
        var analysed = new List<AnalysedInput>();
        ReadoutException? firstError = null;
        foreach (var item in _reader.Read("-", () => new MemoryStream(body, writable: false)))
        {
            try
            {
                var input = item.Load() with { Source = source };
                var document = input.ToDocument();
                document.Published = published ?? document.Published;
                Pipeline.Process(document);
                var metadata = new DocumentMetadata(input.ExternalId, input.Url, input.Byline, input.Outlet, input.Format.ToString().ToLowerInvariant());
                analysed.Add(new AnalysedInput(document, metadata));
            }
            catch (ReadoutException error)
            {
                firstError ??= error;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                firstError ??= new ReadoutException(ErrorCodes.AnalysisFailed, $"{exception.GetType().Name}: {exception.Message}", exception);
            }
        }

        if (analysed.Count == 0)
        {
            throw firstError ?? new ReadoutException(ErrorCodes.InputEmpty, "the request has no text");
        }

        return analysed;
    }
}
