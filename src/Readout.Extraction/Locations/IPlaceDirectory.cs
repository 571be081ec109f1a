using Readout.Core.Annotations;

namespace Readout.Extraction.Locations;

/// <summary>Looks places up in a gazetteer (the knowledge base's GeoNames places) for their country and coordinates.</summary>
public interface IPlaceDirectory
{
    /// <summary>The place a mention names: by its knowledge-base id when linked, else by its name; null when unknown.</summary>
    Place? Find(string? knowledgeBaseId, string name);
}
