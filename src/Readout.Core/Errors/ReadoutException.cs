namespace Readout.Core.Errors;

/// <summary>An error with a stable <see cref="ErrorCode"/>, raised for conditions a user can act on.</summary>
public sealed class ReadoutException : Exception
{
    /// <summary>Creates an error with a code and a message that names the input or component at fault.</summary>
    public ReadoutException(ErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>The stable code of this error.</summary>
    public ErrorCode Code { get; }

    /// <summary>The one-line form used on the command line: <c>RO2003 input is empty: the reason</c>.</summary>
    public string ToDisplayString() => $"{Code.Code} {Code.Title}: {Message}";
}
