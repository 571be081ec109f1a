using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Contract;
using Readout.Core.Documents;
using Readout.Extraction;

namespace Readout.Benchmarks.Contract;

/// <summary>Writing an analysed document as the contract JSON (what extract, the web API and the database store), by document size.</summary>
[MemoryDiagnoser]
public class ContractBenchmarks
{
    private Document _document = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = new Document(BenchmarkText.OfLength(Characters));
        StandardPipeline.Create().Process(_document);
        Console.WriteLine($"// {Characters} characters = {_document.Tokens.Count} tokens, {WriteJson()} bytes of JSON");
    }

    [Benchmark(Baseline = true)]
    public long WriteJson() => Write(includeTokens: false);

    [Benchmark]
    public long WriteJsonWithTokens() => Write(includeTokens: true);

    private long Write(bool includeTokens)
    {
        using var output = new CountingStream();
        ContractWriter.Write(output, ContractMapper.ToContract(_document, includeTokens));
        return output.Length;
    }

    // Counts what is written and keeps nothing, so the benchmark measures the mapping and the serialiser, not a buffer.
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
