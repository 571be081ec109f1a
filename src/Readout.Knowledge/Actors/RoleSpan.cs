namespace Readout.Knowledge.Actors;

/// <summary>A dated role: the actor code an entry carries between two dates, and the office where known.</summary>
/// <param name="ActorCode">The CAMEO actor code while the role lasts (<c>IRNGOV</c>, <c>SYRGOVMIL</c>, <c>IGOUNO</c>, <c>IRNELI</c>).</param>
/// <param name="Country">The country (alpha-3) or organisation code the role belongs to, or null.</param>
/// <param name="Office">The office, or <see cref="Actors.Office.Unknown"/>.</param>
/// <param name="Title">The title as the source words it ("President of Iran", "Minister of Foreign Affairs"), or null.</param>
/// <param name="Start">The first day, or null when the role has held since before the data begins.</param>
/// <param name="End">The last day, or null when the role is open-ended.</param>
/// <param name="Flags">How certain the dates are.</param>
/// <param name="Source">The data set the role comes from.</param>
public sealed record RoleSpan(
    string ActorCode,
    string? Country,
    Office Office,
    string? Title,
    DateOnly? Start,
    DateOnly? End,
    RoleSpanFlags Flags,
    KnowledgeSources Source)
{
    /// <summary>True when the role was held on <paramref name="date"/> (both ends inclusive; open ends are unbounded).</summary>
    public bool IsActiveOn(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);

    /// <summary>True for an office of head of state.</summary>
    public bool IsHeadOfState => Office is Office.President or Office.Monarch or Office.SupremeLeader or Office.GovernorGeneral or Office.OtherHeadOfState;

    /// <summary>True for an office of head of government.</summary>
    public bool IsHeadOfGovernment => Office is Office.PrimeMinister;

    /// <inheritdoc />
    public override string ToString() =>
        $"{ActorCode} {Office} {Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
}
