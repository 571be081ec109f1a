using Readout.Core.Annotations;

namespace Readout.Extraction.Tests.Events;

/// <summary>Assertions on coded events.</summary>
internal static class EventAssert
{
    /// <summary>Asserts the event's CAMEO code and its source and target actor codes.</summary>
    public static void Is(PoliticalEvent coded, string cameo, string source, string target)
    {
        Assert.Equal(cameo, coded.Cameo);
        Assert.Equal(source, coded.Source?.Code);
        Assert.Equal(target, coded.Target?.Code);
    }
}
