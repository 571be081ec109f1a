using System.Collections.Frozen;

namespace Readout.Extraction.Entities;

/// <summary>
/// Given names that nearly always belong to one gender, so that "he" does not resolve to Elizabeth and "she" not to
/// Thomas. A fact list compiled by the project: common English given names (old and new, as news and fiction use
/// them) and common given names of people in international news. Names used for both (Alex, Jordan, Sam, Jean,
/// Kim, Robin, Ashley…) are left out on purpose: unknown is better than wrong.
/// </summary>
internal static class GivenNames
{
    private static readonly string[] Feminine =
    [
        "Abigail", "Ada", "Adelaide", "Agatha", "Agnes", "Alice", "Alicia", "Amanda", "Amelia", "Amy", "Angela", "Anna", "Anne",
        "Annie", "Arabella", "Barbara", "Beatrice", "Bella", "Bertha", "Betsey", "Betsy", "Betty", "Blanche", "Bridget", "Caroline",
        "Catherine", "Cecilia", "Cecily", "Charlotte", "Christina", "Christine", "Clara", "Claire", "Clarissa", "Constance",
        "Cora", "Cynthia", "Daisy", "Deborah", "Diana", "Dinah", "Dolly", "Dora", "Dorothea", "Dorothy", "Edith", "Eleanor",
        "Elinor", "Eliza", "Elizabeth", "Ella", "Ellen", "Elsie", "Emily", "Emma", "Esther", "Ethel", "Eugenie", "Eva", "Eve",
        "Evelyn", "Fanny", "Flora", "Florence", "Frances", "Georgiana", "Georgina", "Gertrude", "Grace", "Gwendolen", "Hannah",
        "Harriet", "Helen", "Helena", "Henrietta", "Hester", "Hetty", "Ida", "Irene", "Isabel", "Isabella", "Jane", "Janet",
        "Jemima", "Jenny", "Jessie", "Joan", "Josephine", "Judith", "Julia", "Juliet", "Kate", "Katharine", "Katherine",
        "Kathleen", "Kitty", "Laura", "Lavinia", "Letitia", "Lillian", "Lily", "Lizzie", "Lizzy", "Louisa", "Louise", "Lucy",
        "Lydia", "Mabel", "Madeline", "Maggie", "Margaret", "Maria", "Marian", "Marianne", "Marie", "Marilla", "Martha", "Mary",
        "Matilda", "Maud", "Meg", "Millie", "Minnie", "Miriam", "Molly", "Nancy", "Nell", "Nellie", "Nora", "Olivia", "Pamela",
        "Patience", "Pauline", "Peggy", "Phoebe", "Polly", "Priscilla", "Prudence", "Rachel", "Rebecca", "Rosa", "Rosalind",
        "Rose", "Rosamond", "Ruth", "Sally", "Sarah", "Sophia", "Sophie", "Susan", "Susanna", "Sylvia", "Theresa", "Ursula",
        "Victoria", "Violet", "Virginia", "Winifred",
        "Angelina", "Anita", "Carla", "Carmen", "Chloe", "Claudia", "Elena", "Elisabeth", "Emine", "Fatima", "Giorgia",
        "Hillary", "Ingrid", "Irina", "Jacinda", "Jennifer", "Jessica", "Julie", "Karen", "Kamala", "Kristalina", "Laura",
        "Linda", "Lisa", "Liz", "Maryam", "Melania", "Michelle", "Natalia", "Nicola", "Nancy", "Olena", "Patricia",
        "Sanna", "Sarah", "Sonia", "Tatiana", "Theresa", "Ursula", "Yulia", "Zainab",
        "Beth", "Becky", "Bess", "Bessie", "Effie", "Gwen", "Hattie", "Hilda", "Lottie", "Mildred", "Muriel", "Nelly", "Sue",
        "Susie", "Sybil", "Tess", "Tessa",
    ];

    private static readonly string[] Masculine =
    [
        "Abraham", "Adam", "Albert", "Alexander", "Alfred", "Allan", "Ambrose", "Andrew", "Anthony", "Archibald", "Arthur",
        "Augustus", "Basil", "Benjamin", "Bernard", "Bob", "Cecil", "Charles", "Christopher", "Claude", "Clement", "Cyril",
        "Daniel", "David", "Dick", "Donald", "Douglas", "Dudley", "Edgar", "Edmund", "Edward", "Edwin", "Ernest", "Fitzwilliam",
        "Francis", "Frank", "Frederick", "Fred", "Gabriel", "Geoffrey", "George", "Gerald", "Gilbert", "Godfrey", "Gregory",
        "Harold", "Harry", "Henry", "Herbert", "Horace", "Hubert", "Hugh", "Humphrey", "Isaac", "Jack", "Jacob", "James", "Jasper",
        "Jeremiah", "Jim", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Julius", "Laurence", "Lawrence", "Leonard", "Lewis",
        "Louis", "Luke", "Mark", "Martin", "Matthew", "Michael", "Nathan", "Nathaniel", "Nicholas", "Noah", "Oliver", "Oscar",
        "Patrick", "Paul", "Percy", "Peter", "Philip", "Ralph", "Reginald", "Richard", "Robert", "Roger", "Rupert", "Samuel",
        "Sebastian", "Silas", "Simon", "Stephen", "Theodore", "Thomas", "Timothy", "Tom", "Victor", "Walter", "Wilfred",
        "William", "Willie", "Zachary",
        "Abdullah", "Ahmad", "Ahmed", "Ali", "Alexei", "Andrei", "Antony", "Bashar", "Benjamin", "Boris", "Donald", "Dmitry",
        "Ebrahim", "Emmanuel", "Faisal", "Hassan", "Hossein", "Hussein", "Ibrahim", "Igor", "Ismail", "Javad", "Joe", "Justin",
        "Mahmoud", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Narendra", "Olaf", "Omar", "Recep", "Rishi", "Sergei",
        "Sergey", "Vladimir", "Volodymyr", "Yusuf",
        "Ben", "Billy", "Bobby", "Danny", "Freddie", "Jem", "Jimmy", "Johnny", "Larry", "Ned", "Teddy", "Ted", "Tim", "Tommy",
        "Walt",
    ];

    private static readonly FrozenDictionary<string, MentionAgreement> Table = GenderTable(Feminine, Masculine, StringComparer.Ordinal);

    /// <summary>The gender a given name says, or <see cref="MentionAgreement.Unknown"/>.</summary>
    public static MentionAgreement Of(ReadOnlySpan<char> name) =>
        Table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var gender) ? gender : MentionAgreement.Unknown;

    /// <summary>A word-to-gender table from two word lists (a word in both ends up masculine).</summary>
    public static FrozenDictionary<string, MentionAgreement> GenderTable(string[] feminine, string[] masculine, StringComparer comparer) =>
        feminine.Select(w => KeyValuePair.Create(w, MentionAgreement.Feminine))
            .Concat(masculine.Select(w => KeyValuePair.Create(w, MentionAgreement.Masculine)))
            .GroupBy(pair => pair.Key, comparer)
            .ToFrozenDictionary(group => group.Key, group => group.Last().Value, comparer);
}
