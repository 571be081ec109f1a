namespace Readout.Server.Responses;

/// <summary>One stored document.</summary>
/// <param name="Id">Its id (the SHA-256 of its text), for <c>GET /api/documents/{id}</c>.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Quotes">How many quotations it has.</param>
/// <param name="Events">How many events it has.</param>
public sealed record IngestedDocument(string Id, string? Title, int Quotes, int Events);
