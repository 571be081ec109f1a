namespace Readout.Server.Responses;

/// <summary>A CAMEO event code as the page labels it.</summary>
/// <param name="Code">The code ("040").</param>
/// <param name="Name">Its description ("Consult, not specified below").</param>
/// <param name="Goldstein">Its Goldstein score.</param>
/// <param name="QuadClass">Its QuadClass, 1–4.</param>
/// <param name="Plover">Its PLOVER event type, or null.</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string? Plover);
