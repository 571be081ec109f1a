using System.CommandLine;
using System.Globalization;
using Readout.Cli.Output;
using Readout.Core.Contract;
using Readout.Core.Errors;
using Readout.Extraction;
using Readout.Ingest.Inputs;
using Readout.Ingest.Text;

namespace Readout.Cli.Commands;

/// <summary><c>readout extract FILE...</c>: analyses each input and writes the contract JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to analyse (text, HTML, RSS/Atom, WARC, JSONL, optionally .gz); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "json: one object (an array for several inputs); jsonl: one object per line.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for relative dates and dated roles." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Include the token layer (text, lemma, upos, xpos, head, deprel)." };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (json format only)." };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "Refuse inputs larger than this many MiB.",
            DefaultValueFactory = _ => (int)(PlainTextReader.DefaultMaxBytes / (1024 * 1024)),
        };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of inputs without a byte-order mark (default UTF-8)." };

        var command = new Command("extract", "Analyse text or HTML files (or feeds, WARC, JSONL: one document each item) and write the analysed-document JSON.")
        {
            files, format, published, output, tokens, indent, maxSize, encoding,
        };

        command.SetAction(parse =>
        {
            DateOnly? publishedDate = null;
            if (parse.GetValue(published) is { } publishedText)
            {
                if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    context.ReportError("--published", new ReadoutException(ErrorCodes.InvalidOption, $"'{publishedText}' is not a date in YYYY-MM-DD form"));
                    return 2;
                }

                publishedDate = date;
            }

            var options = new ExtractOptions(
                parse.GetValue(format) == "jsonl",
                publishedDate,
                parse.GetValue(tokens),
                parse.GetValue(indent),
                new InputReader((long)parse.GetValue(maxSize) * 1024 * 1024, parse.GetValue(encoding)));
            var outputPath = parse.GetValue(output);
            if (outputPath is null)
            {
                return Run(parse.GetValue(files)!, options, context.Out, context);
            }

            using var writer = new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
            return Run(parse.GetValue(files)!, options, writer, context);
        });

        return command;
    }

    private static int Run(string[] inputs, ExtractOptions options, TextWriter output, CliContext context)
    {
        var pipeline = StandardPipeline.Create();
        var failures = 0;
        var written = 0;
        var asArray = !options.Lines && inputs.Length > 1;
        if (asArray)
        {
            output.Write('[');
        }

        foreach (var item in inputs.SelectMany(input => options.Reader.Read(input, context.OpenStandardInput)))
        {
            AnalysedDocument analysed;
            try
            {
                var source = item.Load();
                var document = source.ToDocument();
                document.Published = options.Published ?? document.Published;
                pipeline.Process(document);
                analysed = ContractMapper.ToContract(document, options.Tokens);
            }
            catch (ReadoutException error)
            {
                context.ReportError(item.Source, error);
                failures++;
                continue;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.ReportError(item.Source, new ReadoutException(ErrorCodes.AnalysisFailed, $"{exception.GetType().Name}: {exception.Message}", exception));
                if (Environment.GetEnvironmentVariable("READOUT_STACK_TRACES") == "1")
                {
                    // A failed analysis is a bug in Readout: the stack trace is what a bug report needs.
                    context.Error.WriteLine(exception.ToString());
                }

                failures++;
                continue;
            }

            if (asArray && written > 0)
            {
                output.Write(',');
            }

            // Streamed into the output, not built as one string: a large document with --tokens makes hundreds of MB of JSON.
            using (var json = new TextWriterStream(output))
            {
                ContractWriter.Write(json, analysed, options.Indent && !options.Lines);
            }
            if (options.Lines || !asArray)
            {
                output.WriteLine();
            }

            written++;
        }

        if (asArray)
        {
            output.WriteLine(']');
        }

        output.Flush();
        return failures == 0 ? 0 : 1;
    }

    private sealed record ExtractOptions(bool Lines, DateOnly? Published, bool Tokens, bool Indent, InputReader Reader);
}
