namespace Readout.Server.Tests.Fixtures;

/// <summary>The tests that share one server and one browser (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "server";
}
