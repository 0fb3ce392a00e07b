using System.Globalization;
using BlindSpot.Core;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// A customer of the export: a known one (a display name and an e-mail address, which name their files) or an
/// anonymous visitor (a five-digit number). <see cref="Language"/> is the language they write in, or null for one who
/// writes in all of them (the long file's tester).
/// </summary>
internal sealed record WebchatCustomer(string? DisplayName, string FirstName, string? Email, int Visitor, string? Language, int Topic)
{
    public bool IsKnown => Email is not null;

    /// <summary>Sender name of the customer's rows.</summary>
    public string SenderName => DisplayName ?? $"Visitor {Visitor.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>An agent: full name as the Sender name of their rows, first name in the platform's notices.</summary>
internal sealed record WebchatAgent(string Name, string FirstName);

/// <summary>
/// Invented people only: names from many places (with accents, and a few in Chinese, Japanese and Korean script, so an
/// import meets them), e-mail addresses at example.com and example.org, phone numbers in the unassigned +1-555 area,
/// order numbers in the shop's format. No name has a hyphen: the mapping reads the customer up to the first " - ".
/// </summary>
internal static class WebchatPeople
{
    private static readonly (string Name, string Ascii)[] FirstNames =
    [
        ("José", "jose"), ("Zoë", "zoe"), ("Chloé", "chloe"), ("Jürgen", "jurgen"), ("Søren", "soren"), ("Björn", "bjorn"),
        ("Renée", "renee"), ("François", "francois"), ("Łukasz", "lukasz"), ("Inés", "ines"), ("Mårten", "marten"),
        ("Noémie", "noemie"), ("Siobhán", "siobhan"), ("Ayşe", "ayse"), ("Çağla", "cagla"), ("Matías", "matias"),
        ("Sebastián", "sebastian"), ("Ana", "ana"), ("Liam", "liam"), ("Olivia", "olivia"), ("Noah", "noah"), ("Emma", "emma"),
        ("Amara", "amara"), ("Kwame", "kwame"), ("Priya", "priya"), ("Arjun", "arjun"), ("Fatima", "fatima"), ("Omar", "omar"),
        ("Mateo", "mateo"), ("Sofia", "sofia"), ("Lucas", "lucas"), ("Mia", "mia"), ("Ethan", "ethan"), ("Grace", "grace"),
        ("Hannah", "hannah"), ("Daniel", "daniel"), ("Aisha", "aisha"), ("Tariq", "tariq"), ("Yusuf", "yusuf"), ("Elena", "elena"),
        ("Dmitri", "dmitri"), ("Niamh", "niamh"), ("Kai", "kai"), ("Leilani", "leilani"), ("Thabo", "thabo"), ("Nia", "nia"),
        ("Rafael", "rafael"), ("Camila", "camila"), ("Ingrid", "ingrid"), ("Henrik", "henrik"), ("Valentina", "valentina"),
        ("Chidi", "chidi"), ("Ngozi", "ngozi"), ("Minh", "minh"), ("Linh", "linh"), ("Rohan", "rohan"), ("Zara", "zara"),
        ("Ben", "ben"), ("Sam", "sam"), ("Alex", "alex"), ("Jordan", "jordan"), ("Maëlle", "maelle"), ("Anaïs", "anais"),
    ];

    private static readonly (string Name, string Ascii)[] LastNames =
    [
        ("García", "garcia"), ("Müller", "muller"), ("Nguyễn", "nguyen"), ("Kowalski", "kowalski"), ("O'Brien", "obrien"),
        ("Fernández", "fernandez"), ("Johansson", "johansson"), ("Dubois", "dubois"), ("Rossi", "rossi"), ("Novák", "novak"),
        ("Okafor", "okafor"), ("Mensah", "mensah"), ("Patel", "patel"), ("Khan", "khan"), ("Haddad", "haddad"),
        ("Yılmaz", "yilmaz"), ("Søndergaard", "sondergaard"), ("Lefèvre", "lefevre"), ("Brown", "brown"), ("Smith", "smith"),
        ("Williams", "williams"), ("Taylor", "taylor"), ("Walker", "walker"), ("Silva", "silva"), ("Santos", "santos"),
        ("Costa", "costa"), ("Kim", "kim"), ("Park", "park"), ("Ivanova", "ivanova"), ("Petrov", "petrov"), ("Schneider", "schneider"),
        ("Weiß", "weiss"), ("Björk", "bjork"), ("Hernández", "hernandez"), ("López", "lopez"), ("Martín", "martin"),
        ("Murphy", "murphy"), ("Kelly", "kelly"), ("Moreau", "moreau"), ("Nakamura", "nakamura"), ("Tanaka", "tanaka"),
        ("Chen", "chen"), ("Ali", "ali"), ("Hassan", "hassan"), ("Adeyemi", "adeyemi"), ("Banda", "banda"), ("Öztürk", "ozturk"),
    ];

    /// <summary>Names in Chinese, Japanese or Korean script: display name, how an agent addresses them (a Chinese name whole), e-mail local part, whether they write Chinese.</summary>
    private static readonly (string Name, string First, string Ascii, bool Chinese)[] CjkNames =
    [
        ("王芳", "王芳", "wang.fang", true), ("李娜", "李娜", "li.na", true), ("张伟", "张伟", "zhang.wei", true), ("刘洋", "刘洋", "liu.yang", true),
        ("陈静", "陈静", "chen.jing", true), ("佐藤美咲", "美咲", "misaki.sato", false), ("김민준", "민준", "minjun.kim", false),
    ];

    private static readonly WebchatAgent[] Agents =
    [
        new("Anna Lindqvist", "Anna"), new("Marco Rossi", "Marco"), new("Priya Natarajan", "Priya"), new("Tomás Ortega", "Tomás"),
        new("Kemi Adeyemi", "Kemi"), new("Lena Fischer", "Lena"), new("Daniel Park", "Daniel"), new("Sofía Reyes", "Sofía"),
    ];

    /// <summary>
    /// A known customer who writes in <paramref name="language"/>, or mostly Chinese when their name is in Chinese
    /// script. The e-mail address is unique in the export (<paramref name="taken"/>).
    /// </summary>
    public static WebchatCustomer Known(SplitMixRandom rng, ISet<string> taken, string? language)
    {
        string display, first, local;
        var chinese = false;
        if (rng.Chance(0.05))
        {
            (display, first, local, chinese) = rng.Pick(CjkNames);
        }
        else
        {
            var (f, fa) = rng.Pick(FirstNames);
            var (l, la) = rng.Pick(LastNames);
            (display, first) = ($"{f} {l}", f);
            local = rng.Next(0, 5) switch
            {
                0 => $"{fa}.{la}",
                1 => $"{fa}{la}{rng.Next(1, 100).ToString(CultureInfo.InvariantCulture)}",
                2 => $"{fa[0]}{la}",
                3 => $"{fa}_{la}",
                _ => $"{la}.{fa}",
            };
        }
        if (chinese && language is not null) language = rng.Chance(0.75) ? "zh" : "en";
        var email = UniqueEmail(rng, taken, local);
        return new WebchatCustomer(display, first, email, 0, language, rng.PickWeighted(WebchatTopics.Weights));
    }

    public static WebchatCustomer Visitor(SplitMixRandom rng, string language) =>
        new(null, "there", null, rng.Next(10000, 100000), language, rng.PickWeighted(WebchatTopics.Weights));

    /// <summary>The customer of a very long file: a known customer who writes in every language (null).</summary>
    public static WebchatCustomer Tester(SplitMixRandom rng, ISet<string> taken) => Known(rng, taken, language: null);

    public static WebchatAgent Agent(SplitMixRandom rng) => rng.Pick(Agents);

    /// <summary>An address somebody types into the chat (an anonymous visitor's, or a second one of a known customer).</summary>
    public static string AnyEmail(SplitMixRandom rng)
    {
        var (_, fa) = rng.Pick(FirstNames);
        var (_, la) = rng.Pick(LastNames);
        return $"{fa}.{la}@{Domain(rng)}";
    }

    /// <summary>A phone number in the +1 555 area code, which is not assigned to anyone.</summary>
    public static string Phone(SplitMixRandom rng)
    {
        var exchange = rng.Next(200, 1000).ToString(CultureInfo.InvariantCulture);
        var line = rng.Next(0, 10000).ToString("D4", CultureInfo.InvariantCulture);
        return rng.Chance(0.6) ? $"+1-555-{exchange}-{line}" : $"+1 555 {exchange} {line}";
    }

    public static string OrderNumber(SplitMixRandom rng) => "A-" + rng.Next(1_000_000, 10_000_000).ToString(CultureInfo.InvariantCulture);

    private const int MaxSuffixDraws = 200;

    private static string UniqueEmail(SplitMixRandom rng, ISet<string> taken, string local)
    {
        var email = $"{local}@{Domain(rng)}";
        for (var tries = 0; !taken.Add(email); tries++)
        {
            // A name drawn by tens of thousands of customers (a million-conversation export) fills its three-digit
            // suffixes; past that, numbers beyond them, counted, so the draws of a smaller export are unchanged.
            email = tries < MaxSuffixDraws
                ? $"{local}{rng.Next(1, 1000).ToString(CultureInfo.InvariantCulture)}@{Domain(rng)}"
                : $"{local}{(1000 + taken.Count + tries).ToString(CultureInfo.InvariantCulture)}@example.net";
        }
        return email;
    }

    private static string Domain(SplitMixRandom rng) => rng.Chance(0.6) ? "example.com" : "example.org";
}
