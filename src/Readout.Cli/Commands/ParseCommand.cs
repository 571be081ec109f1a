using System.CommandLine;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Extraction;
using Readout.Ingest.Text;
using Readout.Nlp.Conllu;

namespace Readout.Cli.Commands;

/// <summary><c>readout parse FILE... --format conllu</c>: tokens, tags, lemmas and dependencies of each input.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Text files to parse; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu");
        var command = new Command("parse", "Tag, lemmatize and parse text files and write CoNLL-U.") { files, format };
        command.SetAction(parse =>
        {
            var reader = new PlainTextReader();
            var failures = 0;
            Core.Processing.Pipeline pipeline;
            try
            {
                pipeline = StandardPipeline.Create();
            }
            catch (ReadoutException error)
            {
                context.ReportError("pipeline", error);
                return 1;
            }

            foreach (var input in parse.GetValue(files)!)
            {
                try
                {
                    var source = reader.Read(input, input == "-" ? context.OpenStandardInput() : null);
                    var document = new Document(source.Text, input);
                    pipeline.Process(document);
                    ConlluWriter.Write(document, context.Out);
                }
                catch (ReadoutException error)
                {
                    context.ReportError(input, error);
                    failures++;
                }
            }

            context.Out.Flush();
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
