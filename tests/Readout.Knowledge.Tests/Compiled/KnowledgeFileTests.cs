using Readout.Core.Errors;
using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Tests.Compiled;

public sealed class KnowledgeFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-kb-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static byte[] Bytes(KnowledgeBase knowledge)
    {
        using var buffer = new MemoryStream();
        knowledge.Save(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void The_same_draft_always_compiles_to_the_same_bytes()
    {
        Assert.Equal(Bytes(SmallKnowledge.Draft().Build()), Bytes(SmallKnowledge.Draft().Build()));
    }

    [Fact]
    public void A_saved_knowledge_base_loads_back_with_the_same_entries_aliases_and_roles()
    {
        var path = Path.Combine(_directory, "knowledge.bin");
        File.WriteAllBytes(path, Bytes(SmallKnowledge.Instance));
        var loaded = KnowledgeBase.Load(path);

        Assert.Equal(SmallKnowledge.Instance.Entries.Count, loaded.Entries.Count);
        Assert.Equal(SmallKnowledge.Instance.Names.Count, loaded.Names.Count);
        Assert.Equal(SmallKnowledge.Instance.Titles.Count, loaded.Titles.Count);
        var kaveh = loaded.FindById("test:kaveh")!;
        Assert.Equal(SmallKnowledge.Instance.FindById("test:kaveh")!.Roles, kaveh.Roles);
        Assert.Equal(35.69, loaded.Entries.Single(e => e.Id == "geonames:1").Location!.Latitude, 5);
        Assert.Equal("IRNGOV", loaded.Lookup("President Kaveh", SmallKnowledge.During).Best!.ActorCode);
        Assert.Equal(Office.ForeignMinister, loaded.Lookup("the Syrian Foreign Minister", SmallKnowledge.Recent).Best!.Role!.Office);
        Assert.Equal(Bytes(SmallKnowledge.Instance), Bytes(loaded));
    }

    [Fact]
    public void A_missing_file_is_a_model_missing_error()
    {
        var error = Assert.Throws<ReadoutException>(() => KnowledgeBase.Load(Path.Combine(_directory, "absent.bin")));
        Assert.Equal(ErrorCodes.ModelMissing, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(200)]
    public void A_truncated_or_foreign_file_is_a_model_corrupt_error(int keep)
    {
        var path = Path.Combine(_directory, "broken.bin");
        var bytes = Bytes(SmallKnowledge.Instance);
        File.WriteAllBytes(path, keep == 0 ? "not a knowledge base"u8.ToArray() : bytes[..keep]);
        var error = Assert.Throws<ReadoutException>(() => KnowledgeBase.Load(path));
        Assert.Equal(ErrorCodes.ModelCorrupt, error.Code);
    }
}
