namespace Readout.Server.Responses;

/// <summary>What the page needs to know about the server: versions, the database provider, what is enabled.</summary>
/// <param name="Version">The Readout version.</param>
/// <param name="Pipeline">The pipeline's stages and versions.</param>
/// <param name="Database">"sqlite" or "postgres".</param>
/// <param name="Extract">Whether POST /api/extract is enabled.</param>
/// <param name="Ingest">Whether POST /api/ingest is enabled.</param>
/// <param name="MaxRequestBytes">The largest request body accepted.</param>
public sealed record ServerInfo(string Version, string Pipeline, string Database, bool Extract, bool Ingest, long MaxRequestBytes);
