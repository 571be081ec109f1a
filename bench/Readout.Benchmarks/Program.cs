using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Readout.Benchmarks.Corpus.BenchmarkText).Assembly).Run(args);
