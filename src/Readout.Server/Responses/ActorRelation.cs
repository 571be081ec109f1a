namespace Readout.Server.Responses;

/// <summary>One kind of relation (met, praised, accused…) and the counterparts it links the actor to.</summary>
/// <param name="Relation">The relation's name.</param>
/// <param name="Cameo">The CAMEO codes it covers (prefixes).</param>
/// <param name="Counterparts">The counterparts, most events first.</param>
public sealed record ActorRelation(string Relation, IReadOnlyList<string> Cameo, IReadOnlyList<Counterpart> Counterparts);
