using System.CommandLine;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout eval parse</c>: UAS and LAS (with the tag and lemma scores) of the shipped models on a UD treebank, on gold
/// tokenization and (under <c>raw</c>) end to end from the rebuilt text.
/// </summary>
internal static class EvalParseCommand
{
    public static Command Create(CliContext context) => SyntaxEvalCommand.Create(
        context,
        "parse",
        "UAS and LAS (and tag and lemma scores) against a UD treebank (CoNLL 2018 definitions, punctuation included).",
        StandardPipeline.SyntaxComponents);
}
