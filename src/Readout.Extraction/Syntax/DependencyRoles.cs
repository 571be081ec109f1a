namespace Readout.Extraction.Syntax;

/// <summary>Maps a UD relation label (v1 or v2, with or without subtype) to a <see cref="DependencyRole"/>.</summary>
internal static class DependencyRoles
{
    public static DependencyRole Of(string? relation)
    {
        if (string.IsNullOrEmpty(relation))
        {
            return DependencyRole.Other;
        }

        var span = relation.AsSpan();
        var colon = span.IndexOf(':');
        var universal = colon < 0 ? span : span[..colon];
        var subtype = colon < 0 ? [] : span[(colon + 1)..];
        return universal switch
        {
            "root" => DependencyRole.Root,
            "nsubj" => subtype is "pass" ? DependencyRole.PassiveSubject : DependencyRole.Subject, // :outer too
            "nsubjpass" => DependencyRole.PassiveSubject,
            "csubj" or "csubjpass" => DependencyRole.ClausalSubject,
            "obj" or "dobj" => DependencyRole.Object,
            "iobj" => DependencyRole.IndirectObject,
            "obl" or "nmod" => subtype switch
            {
                "agent" => DependencyRole.Agent,
                "tmod" or "unmarked" => DependencyRole.Temporal,
                "poss" => DependencyRole.Possessor,

                // GUM's descriptor before a name ("Foreign Minister Oskar Fischer") modifies it like a compound.
                "desc" => DependencyRole.Compound,
                _ => DependencyRole.Oblique,
            },
            "case" => DependencyRole.Case,
            "mark" => DependencyRole.Marker,
            "aux" => subtype is "pass" ? DependencyRole.PassiveAuxiliary : DependencyRole.Auxiliary,
            "auxpass" => DependencyRole.PassiveAuxiliary,
            "cop" => DependencyRole.Copula,
            "neg" => DependencyRole.Negation,
            "conj" => DependencyRole.Conjunct,
            "cc" => subtype is "preconj" ? DependencyRole.Preconjunct : DependencyRole.Coordinator,
            "compound" => subtype is "prt" ? DependencyRole.Particle : DependencyRole.Compound,
            "flat" or "name" => DependencyRole.Flat,
            "fixed" or "mwe" => DependencyRole.Fixed,
            "amod" => DependencyRole.AdjectivalModifier,
            "advmod" => DependencyRole.AdverbialModifier,
            "det" => DependencyRole.Determiner,
            "nummod" => DependencyRole.NumericModifier,
            "xcomp" => DependencyRole.OpenComplement,
            "ccomp" => DependencyRole.Complement,
            "advcl" => DependencyRole.AdverbialClause, // :relcl too
            "acl" => subtype is "relcl" ? DependencyRole.RelativeClause : DependencyRole.ClausalModifier,
            "appos" => DependencyRole.Apposition,
            "parataxis" => DependencyRole.Parataxis,
            "punct" => DependencyRole.Punctuation,
            "expl" => DependencyRole.Expletive,
            _ => DependencyRole.Other,
        };
    }

    /// <summary>True for the roles that attach a clause to its head (complements, adverbial clauses, parataxis).</summary>
    public static bool IsClausal(DependencyRole role) => role is DependencyRole.Complement or DependencyRole.OpenComplement
        or DependencyRole.AdverbialClause or DependencyRole.Parataxis or DependencyRole.ClausalSubject
        or DependencyRole.ClausalModifier or DependencyRole.RelativeClause;
}
