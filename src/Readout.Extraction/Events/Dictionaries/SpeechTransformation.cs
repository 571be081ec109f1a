namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// A rule that turns a statement about an event into an event between the speaker and an actor of the statement
/// (PETRARCH's <c>~ a (b . ATTACK) SAY = a b 112</c>: A saying B attacked someone is A accusing B).
/// </summary>
/// <param name="UpperClass">The class of the speaking verb (<c>SAY</c>, <c>WANT</c>).</param>
/// <param name="LowerSource">Who acts in the reported event: <c>a</c> the speaker, <c>b</c> another actor, <c>.</c> anyone, <c>_</c> no one.</param>
/// <param name="LowerTarget">Who is acted upon in the reported event, in the same notation.</param>
/// <param name="LowerClass">The class of the reported event (<c>ATTACK</c>), or <c>Q</c> for any.</param>
/// <param name="ResultSource">The new event's source: <c>a</c> or <c>b</c>.</param>
/// <param name="ResultTarget">The new event's target: <c>a</c> or <c>b</c>.</param>
/// <param name="ResultCode">The new event's code, or <c>Q</c> for the reported event's own code.</param>
/// <param name="Text">The rule as written, for explanations.</param>
public sealed record SpeechTransformation(
    string UpperClass,
    string LowerSource,
    string LowerTarget,
    string LowerClass,
    string ResultSource,
    string ResultTarget,
    string ResultCode,
    string Text);
