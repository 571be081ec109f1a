namespace Readout.Core.Errors;

/// <summary>A stable error code (for example <c>RO2003</c>) with a short title.</summary>
/// <remarks>Codes never change meaning once released; every code is listed in docs/errors.md.</remarks>
public readonly record struct ErrorCode(string Code, string Title)
{
    /// <inheritdoc />
    public override string ToString() => Code;
}
