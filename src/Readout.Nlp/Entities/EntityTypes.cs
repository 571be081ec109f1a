namespace Readout.Nlp.Entities;

/// <summary>The entity types Readout writes (OntoNotes names): the labels of the entity-mentions layer and of entities.</summary>
public static class EntityTypes
{
    /// <summary>A person ("Faisal Mekdad").</summary>
    public const string Person = "PERSON";

    /// <summary>An organisation: a company, an international body, an armed group, a party ("NATO", "Daesh").</summary>
    public const string Organization = "ORG";

    /// <summary>A place, before the knowledge base tells a state or city (GPE) from a region, sea or building (LOC).</summary>
    public const string Location = "LOC";

    /// <summary>A geopolitical entity: a country, a city, a region with a government ("Syria", "Tehran").</summary>
    public const string GeopoliticalEntity = "GPE";

    /// <summary>A nationality, religious or political group named by an adjective or plural ("Iranian", "Syrians").</summary>
    public const string Nationality = "NORP";

    /// <summary>A date or a day ("Monday", "15 November 2023", "last week").</summary>
    public const string Date = "DATE";
}
