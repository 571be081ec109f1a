namespace Readout.Extraction.Events.Clauses;

/// <summary>What the coder reads around one verb: its subject, voice, polarity and the tokens patterns are matched against.</summary>
/// <param name="Verb">The verb (sentence-local).</param>
/// <param name="Subject">The head of its subject, possibly inherited from a controlling clause ("agreed to meet"), or -1.</param>
/// <param name="SubjectInherited">True when the subject was inherited rather than the verb's own.</param>
/// <param name="Passive">True for a passive verb: its subject is acted upon.</param>
/// <param name="Agent">The head of a passive's "by" phrase, or -1.</param>
/// <param name="Negated">True when the verb is negated ("did not attack", "never met").</param>
/// <param name="Hypothetical">True when a modal makes it a possibility ("may impose", "could meet").</param>
/// <param name="Future">True for "will", "shall": a stated intention rather than a possibility.</param>
/// <param name="Obligation">True for "must": said of another actor, a demand.</param>
/// <param name="Lower">The subject phrase's tokens, in text order, which patterns' lower parts are matched against.</param>
/// <param name="Upper">
/// The clause's tokens after the verb, in text order, which patterns' upper parts are matched against: its objects,
/// prepositional phrases and controlled clauses, not the clauses with subjects of their own it reports or introduces.
/// </param>
/// <param name="Reach">Every token after the verb in its clause, complement clauses included, where a target is looked for.</param>
internal sealed record Clause(int Verb, int Subject, bool SubjectInherited, bool Passive, int Agent, bool Negated, bool Hypothetical, bool Future, bool Obligation, int[] Lower, int[] Upper, int[] Reach);
