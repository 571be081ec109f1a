namespace Readout.Knowledge.Ontologies;

/// <summary>GDELT's four-way grouping of CAMEO root codes.</summary>
public enum QuadClass : byte
{
    /// <summary>Roots 01–05: statements, appeals, intents, consultations, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06–09: material cooperation, aid, yielding, investigation.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 10–14: demands, disapproval, rejection, threats, protest.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 15–20: force posture, reduced relations, coercion, assault, fighting, mass violence.</summary>
    MaterialConflict = 4,
}
