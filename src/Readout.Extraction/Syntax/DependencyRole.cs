namespace Readout.Extraction.Syntax;

/// <summary>
/// What a token is to its head, read from a Universal Dependencies relation of either UD version (v1 <c>dobj</c>,
/// <c>nsubjpass</c>, <c>neg</c>; v2 <c>obj</c>, <c>nsubj:pass</c>, <c>obl</c>), so the coder reads both the parses the
/// PETRARCH suites ship and Readout's own.
/// </summary>
public enum DependencyRole : byte
{
    /// <summary>A relation the coder does not use (dep, discourse, vocative, list…).</summary>
    Other,

    /// <summary>The sentence root.</summary>
    Root,

    /// <summary>nsubj.</summary>
    Subject,

    /// <summary>nsubj:pass, nsubjpass.</summary>
    PassiveSubject,

    /// <summary>csubj, csubj:pass.</summary>
    ClausalSubject,

    /// <summary>obj, dobj.</summary>
    Object,

    /// <summary>iobj.</summary>
    IndirectObject,

    /// <summary>obl, nmod and their subtypes other than the ones below: a prepositional or nominal modifier.</summary>
    Oblique,

    /// <summary>obl:agent, nmod:agent: the "by" phrase of a passive.</summary>
    Agent,

    /// <summary>obl:tmod, nmod:tmod, obl:unmarked, nmod:unmarked: a bare noun phrase used as an adverbial ("Monday").</summary>
    Temporal,

    /// <summary>nmod:poss: a possessor ("Iran's").</summary>
    Possessor,

    /// <summary>case: a preposition or possessive marker.</summary>
    Case,

    /// <summary>mark: a subordinator or the infinitive "to".</summary>
    Marker,

    /// <summary>aux.</summary>
    Auxiliary,

    /// <summary>aux:pass, auxpass.</summary>
    PassiveAuxiliary,

    /// <summary>cop.</summary>
    Copula,

    /// <summary>neg (UD v1); UD v2 marks "not" as advmod, which the graph also maps here.</summary>
    Negation,

    /// <summary>conj.</summary>
    Conjunct,

    /// <summary>cc.</summary>
    Coordinator,

    /// <summary>cc:preconj ("neither", "both").</summary>
    Preconjunct,

    /// <summary>compound (not :prt), and GUM's nmod:desc ("Foreign Minister" before a name).</summary>
    Compound,

    /// <summary>compound:prt: a verb particle ("off" in "cordoned off").</summary>
    Particle,

    /// <summary>flat, flat:name, name: the parts of a multiword name.</summary>
    Flat,

    /// <summary>fixed, mwe.</summary>
    Fixed,

    /// <summary>amod.</summary>
    AdjectivalModifier,

    /// <summary>advmod.</summary>
    AdverbialModifier,

    /// <summary>det, det:predet.</summary>
    Determiner,

    /// <summary>nummod.</summary>
    NumericModifier,

    /// <summary>xcomp: a complement clause whose subject is controlled from above ("agreed to meet").</summary>
    OpenComplement,

    /// <summary>ccomp: a complement clause with its own subject ("said that Iran would…").</summary>
    Complement,

    /// <summary>advcl.</summary>
    AdverbialClause,

    /// <summary>acl: a clause modifying a noun ("efforts to stop…").</summary>
    ClausalModifier,

    /// <summary>acl:relcl.</summary>
    RelativeClause,

    /// <summary>appos.</summary>
    Apposition,

    /// <summary>parataxis.</summary>
    Parataxis,

    /// <summary>punct.</summary>
    Punctuation,

    /// <summary>expl.</summary>
    Expletive,
}
