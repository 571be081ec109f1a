namespace Readout.Knowledge;

/// <summary>One data set a compiled knowledge base was built from, as its SOURCE.md describes it.</summary>
/// <param name="Name">The folder name under the data directory ("kb/phoenix").</param>
/// <param name="Origin">Where the data comes from (repository or publisher).</param>
/// <param name="Version">The commit or version of the copy used.</param>
/// <param name="Licence">The licence of the source.</param>
/// <param name="Records">How many records the build took from it.</param>
public sealed record KnowledgeSourceInfo(string Name, string Origin, string Version, string Licence, int Records);
