using Readout.Extraction.Events.Dictionaries;

namespace Readout.Extraction.Tests.Events;

/// <summary>A small dictionary in the PETRARCH formats, written for these tests.</summary>
internal static class TestDictionary
{
    public const string Verbs = """
        &TREATY
        +TREATY
        +ACCORD
        +AGREEMENT

        --- MEET [040:040] ---
        MEET {MEETS MET MEETING}

        --- SIGN [057] ---
        SIGN
        - * &TREATY [057]

        --- ATTACK [190] ---
        ATTACK
        SHELL

        --- SAY [010] ---
        SAY {SAYS SAID SAYING}

        --- AGREE [050] ---
        AGREE
        - % * [050]

        --- IMPOSE [163] ---
        IMPOSE
        - * SANCTIONS (ON +) [163]

        --- REFUSE [---] ---
        REFUSE

        --- INVITE [040] ---
        INVITE

        --- VISIT [042] ---
        VISIT

        --- BOOST [060] ---
        DEEPEN
        - * RELATIONS [060]

        --- DEVELOP [---] ---
        DEVELOP

        --- INTEND [---] ---
        INTEND

        &MILITARY
        +ARMY

        --- BLAME [112] ---
        ACCUSE
        - * &MILITARY [111]

        ~ a (b . ATTACK) SAY = a b 112
        ~ a (a b Q) SAY = a b Q
        """;

    public const string Actors = """
        IRAN [IRN]
        +IRANIAN
        SYRIA [SYR]
        +SYRIAN
        IRAQ [IRQ]
        UNITED_STATES [USA]
        DAESH [IMGMOSISI]
        RAISI [IRNGOV]
        MEKDAD [SYRGOV]
        NORLAND
        	[NORGOV 20200101-20221231]
        	[NOR]
        """;

    public const string Agents = """
        TROOPS {} [~MIL]
        ARMY {} [~MIL]
        OFFICIAL [~GOV]
        """;

    public static EventDictionary Build() => PetrarchDictionary.FromText(Verbs, Actors, Agents, "test");

    /// <summary>The same with Readout's own compositions, nominal triggers and attitude words.</summary>
    public static EventDictionary BuildWithCurated() => PetrarchDictionary.FromText(Verbs, Actors, Agents, "test", curated: true);
}
