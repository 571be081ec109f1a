[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Readout.Extraction.Tests")]
