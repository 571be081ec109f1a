namespace Readout.Knowledge.Index;

/// <summary>How a name must be written in a document for the matcher to accept it.</summary>
/// <remarks>Lookups by query ignore case; only the document matcher applies these rules.</remarks>
public enum CaseRule : byte
{
    /// <summary>Any case: titles and role words ("president", "troops").</summary>
    Any,

    /// <summary>Each word of the name starts with a capital, apart from particles ("of", "al", "bin").</summary>
    Capitalized,

    /// <summary>Every letter is a capital: short acronyms that are also words ("US", "IS", "UN").</summary>
    Acronym,
}
