using Readout.Core.Documents;

namespace Readout.Core.Annotations;

/// <summary>The typed result layers that the standard components produce and the contract writer reads.</summary>
public static class AnnotationLayers
{
    /// <summary>Coreference-merged, linked entities.</summary>
    public static readonly LayerKey<IReadOnlyList<Entity>> Entities = new(LayerNames.Entities);

    /// <summary>Quotations and reported speech.</summary>
    public static readonly LayerKey<IReadOnlyList<Quotation>> Quotations = new(LayerNames.Quotations);

    /// <summary>Coded political events.</summary>
    public static readonly LayerKey<IReadOnlyList<PoliticalEvent>> Events = new(LayerNames.Events);
}
