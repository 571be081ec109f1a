using Readout.Core.Errors;
using Readout.Knowledge.Building.Sources;

namespace Readout.Knowledge.Building;

/// <summary>
/// Compiles the knowledge base and the event ontology from the shared data folder (<c>readout kb build</c>): reads
/// every source, merges them, and returns them in memory. The same data always gives the same result.
/// </summary>
/// <remarks>See docs/knowledge.md for what each source contributes and how conflicts are settled.</remarks>
public static class KnowledgeCompiler
{
    /// <summary>Compiles from <paramref name="dataDirectory"/> (../shared/data).</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.InputNotFound"/> when a source folder is missing.</exception>
    public static KnowledgeCompilation Compile(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        foreach (var (folder, _) in SourceCatalog.Folders)
        {
            if (!Directory.Exists(Path.Combine(dataDirectory, folder)))
            {
                throw new ReadoutException(ErrorCodes.InputNotFound, $"source folder '{Path.Combine(dataDirectory, folder)}' does not exist (--data should name ../shared/data)");
            }
        }

        var context = new ImportContext(dataDirectory);
        var countryInfo = CountryInfoReader.Read(context.Path("event-coding", "countryinfo", "CountryInfo.120116.txt"));
        CountryImporter.Import(context, countryInfo);
        PlaceImporter.Import(context);

        var countryBlocks = new List<(EntryDraft, PhoenixActor)>();
        var people = new List<PhoenixActor>();
        var organizations = new List<(PhoenixActor, string)>();
        foreach (var file in new[] { "Countries", "International", "MilNonState" })
        {
            var actors = PhoenixActorReader.Read(context.Path("kb", "phoenix", $"Phoenix.{file}.actors.txt"), out var skipped);
            if (skipped > 0)
            {
                context.Warnings.Add($"Phoenix.{file}.actors.txt: {skipped} malformed date restrictions skipped");
            }

            foreach (var actor in actors)
            {
                if (file == "Countries" && PhoenixBlocks.CountryOf(actor, context) is { } country)
                {
                    countryBlocks.Add((country, actor));
                }
                else if (PhoenixBlocks.IsPerson(actor))
                {
                    people.Add(actor);
                }
                else
                {
                    organizations.Add((actor, file));
                }
            }

            context.Count("kb/phoenix", actors.Count);
        }

        CountryImporter.AddVariants(context, countryInfo, countryBlocks);
        OrganizationImporter.ImportCurated(context);
        var personKeys = PersonImporter.Import(context, countryInfo, people);
        OrganizationImporter.ImportSources(context, organizations, personKeys);
        TitleImporter.Import(context);
        var ontology = OntologyImporter.Import(context);
        foreach (var (folder, licence) in SourceCatalog.Folders)
        {
            context.Draft.AddSource(SourceCatalog.Describe(dataDirectory, folder, licence, context.Records.GetValueOrDefault(folder)));
        }

        return new KnowledgeCompilation(context.Draft.Build(), ontology, context.Warnings);
    }
}
