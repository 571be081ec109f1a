using System.Text;

namespace Readout.Benchmarks.Corpus;

/// <summary>News-like text written by the Readout team for benchmarks, repeated with variations to any size.</summary>
public static class BenchmarkText
{
    private static readonly string[] Paragraphs =
    [
        "GENEVA, Oct. 3 (Readout Wire) - The foreign ministers of Norland and Sudmark met in Geneva on Tuesday for three hours of talks on the disputed river border, their first meeting since the ceasefire of 2019.",
        "\u201CWe have agreed to reopen two crossings and to exchange the remaining prisoners before the end of the year,\u201D Norland's Foreign Minister Anna Berg told reporters after the talks. \u201CThat is not the end of the matter, but it is a start.\u201D",
        "Sudmark's chief negotiator, Gen. Tomas Viljo, said the agreement would be reviewed by parliament next week. He accused Norland's army of moving artillery to within 12 km of the frontier, a charge Norland's defence ministry denied.",
        "According to a statement from the U.N. mission, about 1,250 people were displaced by shelling in August, and aid convoys had been blocked for 17 days. The mission urged both sides to respect international humanitarian law.",
        "Trade between the two countries fell 38.5% last year to $2.4 billion, official figures show. Business groups in both capitals have called for the railway link, closed since 2019, to be restored.",
        "The talks were brokered by Qatar and the European Union, whose envoy, Dr. Helena Marsh, praised what she called \u201Cthe courage of both delegations\u201D. She said a follow-up meeting could take place in Doha in January.",
        "Opposition leaders in Sudmark criticised the deal as premature. \u201CThe government is rewarding aggression,\u201D said Mara Lind, who heads the National Alliance. Protesters gathered outside the parliament on Wednesday evening.",
        "Analysts said the agreement was fragile. \u201CBoth armies remain on high alert, and one incident could undo it,\u201D said Peter O'Neill of the International Crisis Institute. The U.S. State Department welcomed the talks and offered technical help.",
    ];

    /// <summary>Text of about <paramref name="characters"/> characters, built from the paragraphs above.</summary>
    public static string OfLength(int characters)
    {
        var builder = new StringBuilder(characters + 512);
        var round = 0;
        while (builder.Length < characters)
        {
            foreach (var paragraph in Paragraphs)
            {
                // Vary numbers so repeated paragraphs are not byte-identical.
                builder.Append(paragraph.Replace("Tuesday", round % 2 == 0 ? "Tuesday" : "Thursday", StringComparison.Ordinal)).Append("\n\n");
                if (builder.Length >= characters)
                {
                    break;
                }
            }

            round++;
        }

        return builder.ToString();
    }
}
