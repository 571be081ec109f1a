using Readout.Knowledge.Ontologies;

namespace Readout.Knowledge.Tests.Ontologies;

public sealed class EventOntologyTests
{
    private static readonly EventOntology Ontology = new(
    [
        new CameoEventCode("04", "CONSULT", 1.0, QuadClass.VerbalCooperation, "CONSULT", null, null),
        new CameoEventCode("042", "Make a visit", 1.9, QuadClass.VerbalCooperation, "CONSULT", "visit", null),
        new CameoEventCode("19", "FIGHT", -10, QuadClass.MaterialConflict, "ASSAULT", null, null),
        new CameoEventCode("190", "Use conventional military force", -10, QuadClass.MaterialConflict, "ASSAULT", null, "military"),
    ]);

    [Fact]
    public void A_code_knows_its_root_plover_type_and_mode()
    {
        var visit = Ontology["042"];
        Assert.Equal("04", visit.RootCode);
        Assert.False(visit.IsRoot);
        Assert.Equal("CONSULT", Ontology.RootOf("042").PloverEvent);
        Assert.Equal("visit", visit.PloverMode);
    }

    [Fact]
    public void Codes_are_found_by_plover_type()
    {
        Assert.Equal(["19", "190"], Ontology.ForPlover("assault").Select(c => c.Code));
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        Assert.False(Ontology.TryGet("999", out _));
        Assert.Throws<KeyNotFoundException>(() => Ontology["999"]);
    }
}
