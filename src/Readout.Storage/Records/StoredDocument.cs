using Readout.Core.Contract;
using Readout.Core.Documents;
using Readout.Storage.NearDuplicates;

namespace Readout.Storage.Records;

/// <summary>An analysed document ready to be written: the document with its layers, its identity and what goes beside it.</summary>
public sealed class StoredDocument
{
    private StoredDocument(Document document, DocumentMetadata metadata, string pipelineVersion, string contentHash, string contractJson, MinHashSignature signature)
    {
        Document = document;
        Metadata = metadata;
        PipelineVersion = pipelineVersion;
        ContentHash = contentHash;
        ContractJson = contractJson;
        Signature = signature;
    }

    /// <summary>The analysed document; its sentence, entity, quotation and event layers become rows.</summary>
    public Document Document { get; }

    /// <summary>What the input said about it.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The <c>Pipeline.Version</c> that analysed it.</summary>
    public string PipelineVersion { get; }

    /// <summary>SHA-256 of the text, lower-case hex: the document's identity in the store.</summary>
    public string ContentHash { get; }

    /// <summary>The contract JSON (docs/contract.md) of the document, without tokens.</summary>
    public string ContractJson { get; }

    /// <summary>The MinHash signature of its word shingles, for near-duplicate detection.</summary>
    public MinHashSignature Signature { get; }

    /// <summary>Prepares an analysed document for storage (computes its hash, contract JSON and signature).</summary>
    public static StoredDocument Create(Document document, DocumentMetadata metadata, string pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(metadata);
        var hash = Document.ContentHash(document.Text);
        var json = ContractWriter.ToJson(ContractMapper.ToContract(document));
        return new StoredDocument(document, metadata, pipelineVersion, hash, json, MinHashSignature.Of(document.Text));
    }
}
