using System.Collections.Immutable;
using Readout.Core.Documents;

namespace Readout.Core.Processing;

/// <summary>An ordered, checked list of components; immutable and shareable across threads.</summary>
/// <remarks>Build one with <see cref="PipelineBuilder"/>, which refuses an order in which a requirement is missing.</remarks>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IComponent> components)
    {
        Components = components;
        Version = string.Join('+', components.Select(c => $"{c.Name}@{c.Version}"));
    }

    /// <summary>The components, in the order they run.</summary>
    public ImmutableArray<IComponent> Components { get; }

    /// <summary>Names and versions of every component; a change here means stored results are stale.</summary>
    public string Version { get; }

    /// <summary>Runs every component over <paramref name="document"/>.</summary>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in Components)
        {
            component.Process(document);
        }
    }

    /// <summary>Runs every component, timing each (for benchmarks); elapsed ticks are added to <paramref name="ticksPerComponent"/>.</summary>
    public void Process(Document document, Span<long> ticksPerComponent)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < Components.Length; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Components[i].Process(document);
            ticksPerComponent[i] += System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
    }
}
