using Readout.Core.Documents;

namespace Readout.Core.Processing;

/// <summary>A pipeline stage: reads the layers it requires and writes the layers it produces.</summary>
/// <remarks>
/// Implementations are immutable after construction and safe to call from many threads at once, each
/// thread with its own document. <see cref="Process"/> is idempotent: running it twice on a document
/// leaves the same layers as running it once.
/// </remarks>
public interface IComponent
{
    /// <summary>A short, unique name (<c>rule-tokenizer</c>).</summary>
    string Name { get; }

    /// <summary>The version of the component and its model; part of the pipeline version stored with results.</summary>
    string Version { get; }

    /// <summary>Layers that must exist before this component runs (see <see cref="LayerNames"/>).</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Layers this component writes.</summary>
    IReadOnlyList<string> Produces { get; }

    /// <summary>Analyses <paramref name="document"/>, writing the produced layers.</summary>
    void Process(Document document);
}
