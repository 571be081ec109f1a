namespace Readout.Storage.Queries;

/// <summary>The type of a result column's values.</summary>
public enum ColumnType
{
    /// <summary>Strings.</summary>
    Text,

    /// <summary>64-bit integers.</summary>
    Integer,

    /// <summary>Double-precision numbers.</summary>
    Real,
}
