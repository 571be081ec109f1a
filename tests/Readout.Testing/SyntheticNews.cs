using System.Text;

namespace Readout.Testing;

/// <summary>Deterministic made-up news articles (fictional countries and people) for ingest and storage tests.</summary>
public static class SyntheticNews
{
    private static readonly string[] Countries = ["Norland", "Sudmark", "Ostmark", "Westria", "Valdoria", "Karesh", "Lumeria", "Tavros"];
    private static readonly string[] People = ["Anna Berg", "Piet Dorn", "Lena Voss", "Omar Haddad", "Ines Carvalho", "Jonas Lind", "Maya Stern", "Tariq Aziz"];
    private static readonly string[] Roles = ["foreign minister", "prime minister", "defence minister", "trade envoy", "president"];
    private static readonly string[] Verbs = ["met", "criticised", "praised", "invited", "warned", "thanked", "accused", "visited"];
    private static readonly string[] Topics = ["the border crossings", "fishing rights", "grain exports", "the gas pipeline", "a prisoner exchange", "river water", "tariffs on steel", "the airspace dispute"];

    /// <summary>Article <paramref name="index"/>: a title and three or four paragraphs, different for every index.</summary>
    public static (string Title, string Text, DateOnly Published) Article(int index)
    {
        var random = new Random(index * 7919 + 17);
        string Pick(string[] items) => items[random.Next(items.Length)];
        var a = Pick(Countries);
        var b = Countries.First(c => c != a && random.Next(3) == 0 || c == Countries[(Array.IndexOf(Countries, a) + 1) % Countries.Length]);
        var speaker = Pick(People);
        var role = Pick(Roles);
        var topic = Pick(Topics);
        var published = new DateOnly(2020, 1, 1).AddDays(index % 1400);
        var text = new StringBuilder();
        text.Append($"The {role} of {a}, {speaker}, {Pick(Verbs)} officials from {b} on {published:dddd} in story number {index}, talking about {topic}. ");
        text.Append($"\"We will not give up on {topic},\" {speaker} told reporters after the meeting, which lasted {2 + random.Next(9)} hours.\n\n");
        text.Append($"Officials in {b} said the talks had been {(random.Next(2) == 0 ? "useful" : "difficult")} and that a second round would follow in {published.AddMonths(1):MMMM}. ");
        text.Append($"Trade between {a} and {b} fell by {1 + random.Next(40)} percent last year, according to figures from the customs office.\n\n");
        text.Append($"Analysts in {Pick(Countries)} expect the dispute over {Pick(Topics)} to last {(random.Next(2) == 0 ? "months" : "years")}, ");
        text.Append($"while diplomats from {Pick(Countries)} offered to mediate. Reference {index:D6}.");
        if (random.Next(2) == 0)
        {
            text.Append($"\n\nA spokesperson for {Pick(People)} declined to comment on reports that {Pick(Countries)} would recall its ambassador.");
        }

        return ($"{a} and {b} discuss {topic} ({index})", text.ToString(), published);
    }
}
