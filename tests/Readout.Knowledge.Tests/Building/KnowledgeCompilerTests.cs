using Readout.Knowledge.Actors;
using Readout.Knowledge.Building;

namespace Readout.Knowledge.Tests.Building;

public sealed class KnowledgeCompilerTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "data");

    private static readonly Lazy<KnowledgeCompilation> Compiled = new(() => KnowledgeCompiler.Compile(Fixture));

    private readonly string _output = Directory.CreateTempSubdirectory("readout-kb-build-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static KnowledgeBase Knowledge => Compiled.Value.Knowledge;

    [Fact]
    public void Building_twice_from_the_same_data_writes_the_same_bytes()
    {
        var first = KnowledgeArtifacts.Write(Compiled.Value, Path.Combine(_output, "a", "kb"), Path.Combine(_output, "a", "ontology"));
        var second = KnowledgeArtifacts.Write(KnowledgeCompiler.Compile(Fixture), Path.Combine(_output, "b", "kb"), Path.Combine(_output, "b", "ontology"));

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(File.ReadAllBytes(first.Path), File.ReadAllBytes(second.Path));
        foreach (var file in new[] { "kb/manifest.json", "kb/NOTICE.md", "ontology/cameo-plover.json", "ontology/manifest.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_output, "a", file)), File.ReadAllBytes(Path.Combine(_output, "b", file)));
        }

        Assert.Contains(first.Sha256, File.ReadAllText(Path.Combine(_output, "a", "kb", "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_get_names_demonyms_capitals_and_wikidata_ids_from_their_sources()
    {
        var iran = Knowledge.FindCountry("IRN")!;
        Assert.Equal("Q794", iran.Id);
        Assert.Equal("Iran", iran.Name);
        Assert.Equal("Tehran", iran.CountryFacts!.Capital);
        var aliases = Knowledge.AliasesOf(iran);
        Assert.Contains(aliases, a => a.Alias == "islamic republic of iran");
        Assert.Contains(("iranians", AliasKind.DemonymPlural), aliases);
        Assert.Contains(("persia", AliasKind.Name), aliases);
        Assert.Contains(("tehran", AliasKind.Capital), aliases);

        // Phoenix's country lists mix in cities and nicknames: the city stays a place, the nickname is dropped.
        Assert.DoesNotContain(aliases, a => a.Alias is "mashhad" or "yankee doodle");
        Assert.Equal(35.69439, iran.Location!.Latitude, 5);
    }

    [Fact]
    public void People_from_several_sources_merge_with_their_offices_and_dates()
    {
        var kaveh = Knowledge.Lookup("President Kaveh", new DateOnly(2010, 1, 1)).Best!;
        Assert.Equal("IRNGOV", kaveh.ActorCode);
        Assert.Equal("IRNELI", Knowledge.Lookup("President Kaveh", new DateOnly(2015, 1, 1)).Best!.ActorCode);

        var haddad = Knowledge.Lookup("the Syrian President", new DateOnly(2010, 1, 1)).Best!;
        Assert.Equal("Q900002", haddad.Entry!.Id);
        Assert.Equal(new DateOnly(2000, 7, 17), haddad.Role!.Start);

        Assert.Equal("Omar Halabi", Knowledge.Lookup("the Syrian Foreign Minister", new DateOnly(2010, 1, 1)).Best!.Entry!.Name);
        Assert.Equal("Q900003", Knowledge.Lookup("the Syrian Foreign Minister", new DateOnly(2023, 1, 1)).Best!.Entry!.Id);
    }

    [Fact]
    public void A_countryinfo_block_whose_iso_field_is_wrong_is_filed_under_its_cameo_code()
    {
        // Regression: CountryInfo gives Guatemala the ISO code of Guadeloupe; the fixture gives Iran Syria's.
        Assert.DoesNotContain(Knowledge.AliasesOf(Knowledge.FindCountry("SYR")!), a => a.Alias == "persian");
        var kaveh = Knowledge.Lookup("the Iranian President", new DateOnly(2010, 1, 1)).Best!;
        Assert.Equal("Darius Kaveh", kaveh.Entry!.Name);
        Assert.Equal(Office.President, kaveh.Role!.Office);
    }

    [Fact]
    public void An_adviser_to_the_president_is_not_filed_as_a_president()
    {
        var adviser = Knowledge.Lookup("Adib Khoury", new DateOnly(2007, 1, 1)).Best!;
        Assert.Equal(Office.Other, adviser.Role!.Office);
    }

    [Fact]
    public void Organisations_and_armed_groups_merge_across_the_curated_tables_phoenix_and_ucdp()
    {
        var isil = Knowledge.Lookup("ISIL", new DateOnly(2023, 1, 1)).Best!;
        Assert.Equal("IMGMOSISI", isil.ActorCode);
        Assert.Equal(isil.Entry, Knowledge.Lookup("Islamic State of Iraq", new DateOnly(2023, 1, 1)).Best!.Entry);
        Assert.True(Knowledge.Lookup("Daesh", new DateOnly(2023, 1, 1)).Best!.IsEpithet);

        Assert.Equal("SYRREB", Knowledge.Lookup("Sample Front", new DateOnly(2023, 1, 1)).Best!.ActorCode);
        Assert.DoesNotContain(Knowledge.Lookup("Government of Syria", new DateOnly(2023, 1, 1)).Candidates, c => c.Entry?.Kind == EntryKind.ArmedGroup);

        var secretary = Knowledge.Lookup("UN Secretary-General", new DateOnly(2010, 1, 1)).Best!;
        Assert.Equal("Q900004", secretary.Entry!.Id);
        Assert.Equal("IGOUNO", secretary.ActorCode);
    }

    [Fact]
    public void Titles_come_from_the_agents_dictionary_with_plurals_and_substitutions()
    {
        Assert.True(Knowledge.Titles.TryFind("military officials", out var officials));
        Assert.Equal("MIL", officials.RoleCode);
        Assert.True(Knowledge.Titles.TryFind("spokeswoman", out var spokeswoman));
        Assert.Equal("GOV", spokeswoman.RoleCode);
        Assert.True(Knowledge.Titles.TryFind("muslim cleric", out var cleric));
        Assert.Equal("MOS", cleric.RoleCode);
        Assert.True(Knowledge.Titles.TryFind("foreign minister", out var minister));
        Assert.Equal(Office.ForeignMinister, minister.Office);
    }

    [Fact]
    public void The_ontology_joins_names_goldstein_scores_and_plover_types()
    {
        var ontology = Compiled.Value.Ontology;
        Assert.Equal(5, ontology.Codes.Count);
        Assert.Equal("ACCUSE", ontology["112"].PloverEvent);
        Assert.Equal("disapprove", ontology["112"].PloverMode);
        Assert.Equal(-2.0, ontology["112"].Goldstein);
        Assert.Null(ontology["01"].PloverEvent);
    }

    [Fact]
    public void The_manifest_names_every_source_with_its_commit()
    {
        Assert.Equal(11, Knowledge.Sources.Count);
        Assert.All(Knowledge.Sources, s => Assert.Equal("0123456789abcdef0123456789abcdef01234567", s.Version));
    }

    [Fact]
    public void A_missing_data_folder_is_a_coded_error()
    {
        var error = Assert.Throws<Readout.Core.Errors.ReadoutException>(() => KnowledgeCompiler.Compile(Path.Combine(_output, "absent")));
        Assert.Equal(Readout.Core.Errors.ErrorCodes.InputNotFound, error.Code);
    }
}
