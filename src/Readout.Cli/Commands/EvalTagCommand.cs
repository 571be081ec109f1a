using System.CommandLine;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout eval tag</c>: UPOS, XPOS, UFeats and lemma accuracy of the shipped models on a UD treebank, on gold
/// tokenization and (under <c>raw</c>) end to end from the rebuilt text. The parser runs too, because some features
/// depend on the tree, so the attachment scores are reported as well.
/// </summary>
internal static class EvalTagCommand
{
    public static Command Create(CliContext context) => SyntaxEvalCommand.Create(
        context,
        "tag",
        "UPOS, XPOS, UFeats and lemma accuracy against a UD treebank (CoNLL 2018 definitions; gold tokenization and raw text).",
        StandardPipeline.SyntaxComponents);
}
