using Readout.Core.Documents;
using Readout.Storage.Records;
using Readout.Testing;

namespace Readout.Storage.Tests.Contract;

/// <summary>The hand-annotated articles of <see cref="AnnotatedArticles"/>, ready to store.</summary>
public static class Articles
{
    public const string Version = "test-pipeline@1";

    public static Document Meeting(string published = "2023-03-14", string tail = "") => AnnotatedArticles.Meeting(published, tail);

    public static Document Harbour(string published = "2023-05-20") => AnnotatedArticles.Harbour(published);

    public static StoredDocument Stored(Document document, string version = Version) =>
        StoredDocument.Create(document, new DocumentMetadata(Outlet: "Test Wire", Format: "text"), version);
}
