using System.Diagnostics;
using Readout.Core.Errors;
using Readout.Ingest.Inputs;

namespace Readout.Cli.Benchmarking;

/// <summary>The documents a benchmark analyses, read into memory first through the ingest readers (JSONL, .gz, text, HTML…).</summary>
internal sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(IReadOnlyList<InputDocument> documents, IReadOnlyList<string> files, IReadOnlyDictionary<string, int> skipped, double readSeconds)
    {
        Documents = documents;
        Files = files;
        Skipped = skipped;
        ReadSeconds = readSeconds;
    }

    /// <summary>The documents, in input order.</summary>
    public IReadOnlyList<InputDocument> Documents { get; }

    /// <summary>The files they were read from.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Items that could not be read (a record without text…), counted by error code.</summary>
    public IReadOnlyDictionary<string, int> Skipped { get; }

    /// <summary>Time taken to read and decode the inputs (not part of any pipeline timing).</summary>
    public double ReadSeconds { get; }

    /// <summary>Reads every item of <paramref name="files"/>, at most <paramref name="limitPerFile"/> documents from each.</summary>
    public static BenchmarkCorpus Read(IReadOnlyList<string> files, int limitPerFile, InputReader reader)
    {
        var started = Stopwatch.GetTimestamp();
        var documents = new List<InputDocument>();
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var taken = 0;
            foreach (var item in reader.Read(file))
            {
                if (taken >= limitPerFile)
                {
                    break;
                }

                try
                {
                    documents.Add(item.Load());
                    taken++;
                }
                catch (ReadoutException error)
                {
                    var key = $"{error.Code.Code} {error.Code.Title}";
                    skipped[key] = skipped.GetValueOrDefault(key) + 1;
                }
            }
        }

        return new BenchmarkCorpus(documents, files, skipped, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The JSON Lines files (<c>.jsonl</c>, <c>.jsonl.gz</c>) under <paramref name="folder"/>, in path order.</summary>
    /// <remarks>The news folders also hold the raw files the JSONL was made from; only the normalised files are read.</remarks>
    public static IReadOnlyList<string> JsonlFilesUnder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReadoutException(ErrorCodes.InputNotFound, $"'{folder}' is not a folder");
        }

        var files = InputPaths.Expand([folder])
            .Where(entry => entry.Error is null && InputReader.FormatOfName(entry.Path) == InputFormat.Jsonl)
            .Select(entry => entry.Path)
            .ToList();
        return files.Count > 0 ? files : throw new ReadoutException(ErrorCodes.InputNotFound, $"no .jsonl or .jsonl.gz file under '{folder}'");
    }
}
