namespace Readout.Extraction.Events.Dictionaries;

/// <summary>An actor of a PETRARCH actor dictionary: its default code and its date-restricted codes.</summary>
/// <param name="Name">The primary phrase, for explanations.</param>
/// <param name="DefaultCode">The code when no restriction applies, or null.</param>
/// <param name="Restrictions">Date-restricted codes, in dictionary order; the first that applies wins.</param>
public sealed record ActorEntry(string Name, string? DefaultCode, IReadOnlyList<DatedCode> Restrictions)
{
    /// <summary>The code on <paramref name="date"/>, or null when the actor has none then.</summary>
    public string? CodeOn(DateOnly date)
    {
        foreach (var restriction in Restrictions)
        {
            if (restriction.AppliesOn(date))
            {
                return restriction.Code;
            }
        }

        return DefaultCode;
    }
}
