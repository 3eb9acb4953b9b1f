using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// A realistic demo group, the same for the same size and day: Chinese names, areas of 60–180 m², property fees of
/// 2.20–4.50 per m², parking for some, ~10% vacant, and 24 months (or as many as asked) of bills with payments by grade — self-payers pay
/// before the due date, others after one reminder (10–40 days late, with 3% on top for the late fee), after repeated reminders (quarterly lumps, 2–5
/// months late), or not at all for the last year (defaulters). Some histories change, so a model has more to learn than
/// the grade shows: about 7% of self-payers complain of the service at a reminder after a first missed bill and then
/// withhold for 4–7 months (Complains); about 7% of self-payers and of those who pay after a reminder slide, each month
/// from a random one on paying 12 days later than the month before, until they stop paying (Slides).
/// </summary>
internal sealed class DemoPlan
{
    public const string GroupId = "demo";
    private const int HouseholdsPerBuilding = 100;
    private static readonly string[] Regions = ["华南区域", "华东区域", "华北区域", "西南区域", "华中区域"];
    private static readonly string[] Cities = ["深圳", "广州", "上海", "杭州", "北京", "天津", "成都", "重庆", "武汉", "长沙"];

    /// <summary>Each city's centre (WGS-84), in the order of <see cref="Cities"/>: a project's estate lies within a few kilometres of it.</summary>
    private static readonly (decimal Latitude, decimal Longitude)[] CityCentres =
    [
        (22.5431m, 114.0579m), (23.1291m, 113.2644m), (31.2304m, 121.4737m), (30.2741m, 120.1551m), (39.9042m, 116.4074m),
        (39.3434m, 117.3616m), (30.5728m, 104.0668m), (29.5630m, 106.5516m), (30.5928m, 114.3055m), (28.2282m, 112.9388m),
    ];
    private static readonly string[] Estates = ["幸福里", "锦绣花园", "阳光城", "翠湖苑", "御景湾", "万科城", "碧水云天", "金域华府"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英"];

    public List<(string Id, string Name, OrgLevel Level, string? Parent)> Nodes { get; } = [];
    public List<DemoProject> Projects { get; } = [];

    /// <summary>Where each building stands: its address and coordinates, about 40 m apart within its estate.</summary>
    public Dictionary<string, BuildingLocation> Locations { get; } = [];
    public List<Period> Periods { get; }

    public DemoPlan(int households, DateOnly today, int months = 24)
    {
        var random = new Random(20261123);
        var current = Period.Of(today);
        Periods = [.. Enumerable.Range(0, months).Select(i => current.AddMonths(i - months + 1))];
        var buildings = Math.Max(1, (households + HouseholdsPerBuilding - 1) / HouseholdsPerBuilding);
        var projects = Math.Max(1, (buildings + 7) / 8);   // 2 zones × 4 buildings
        Nodes.Add((GroupId, "华润万家物业集团", OrgLevel.Group, null));
        var remaining = households;
        for (var p = 0; p < projects && remaining > 0; p++)
        {
            // Two projects a branch, two branches a region: a node's place never depends on the size asked for,
            // so a larger demo extends a smaller one.
            var branch = p / 2;
            var region = Math.Min(branch / 2, Regions.Length - 1);
            var regionId = $"demo-r{region}";
            var branchId = $"demo-br{branch}";
            if (!Nodes.Any(n => n.Id == regionId))
            {
                Nodes.Add((regionId, Regions[region], OrgLevel.Region, GroupId));
            }
            if (!Nodes.Any(n => n.Id == branchId))
            {
                Nodes.Add((branchId, $"{Cities[branch % Cities.Length]}{(branch >= Cities.Length ? branch / Cities.Length + 1 : "")}分公司", OrgLevel.Branch, regionId));
            }
            var projectId = $"demo-p{p}";
            Nodes.Add((projectId, $"{Estates[p % Estates.Length]}{(p >= Estates.Length ? $"{p / Estates.Length + 1}期" : "")}", OrgLevel.Project, branchId));
            var items = ChargeItems(random);
            var city = branch % Cities.Length;
            var estate = (Latitude: CityCentres[city].Latitude + (p % 7 - 3) * 0.011m, Longitude: CityCentres[city].Longitude + (p % 5 - 2) * 0.013m);
            var list = new List<DemoHousehold>();
            for (var z = 0; z < 2 && remaining > 0; z++)
            {
                var zoneId = $"{projectId}-z{z}";
                Nodes.Add((zoneId, z == 0 ? "一区" : "二区", OrgLevel.Zone, projectId));
                for (var b = 0; b < 4 && remaining > 0; b++)
                {
                    var buildingId = $"{zoneId}-b{b}";
                    Nodes.Add((buildingId, $"{z * 4 + b + 1}栋", OrgLevel.Building, zoneId));
                    Locations[buildingId] = new BuildingLocation($"{Cities[city]}市{Estates[p % Estates.Length]}{z * 4 + b + 1}栋",
                        estate.Latitude + z * 0.0009m, estate.Longitude + b * 0.0004m);
                    for (var h = 0; h < HouseholdsPerBuilding && remaining > 0; h++, remaining--)
                    {
                        list.Add(Household(random, projectId, buildingId, h, items, today));
                    }
                }
            }
            Projects.Add(new DemoProject(projectId, items, list));
        }
    }

    private static List<ChargeItem> ChargeItems(Random random) =>
    [
        new("property", "物业服务费", ChargeBasis.PerSquareMetre, BillingCycle.Monthly, 15, 0.7m,
            [new PriceVersion(new DateOnly(2020, 1, 1), Math.Round(2.2m + random.Next(0, 231) / 100m, 2))]),
        new("parking", "车位管理费", ChargeBasis.Fixed, BillingCycle.Monthly, 15, null,
            [new PriceVersion(new DateOnly(2020, 1, 1), 150m + 50m * random.Next(0, 4))]),
    ];

    private DemoHousehold Household(Random random, string projectId, string buildingId, int index, List<ChargeItem> items, DateOnly today)
    {
        var room = $"{index / 20 + 1}-{index % 20 / 4 + 1:D2}{index % 4 + 1:D2}";
        var corporate = random.Next(100) < 5;
        var vacant = random.Next(100) < 10;
        var parking = !vacant && random.Next(100) < 40;
        var owner = corporate ? $"{Cities[random.Next(Cities.Length)]}{Estates[random.Next(Estates.Length)]}商贸有限公司"
            : Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
        var profile = new HouseholdProfile($"{buildingId}/{room}", projectId, buildingId, room, 60m + random.Next(0, 12001) / 100m, owner,
            corporate ? CustomerType.Corporate : CustomerType.Individual, [$"13{random.Next(100_000_000, 999_999_999)}"], vacant,
            null, parking ? [] : ["parking"]);
        var grade = random.Next(100) switch { < 55 => "SelfPayer", < 80 => "PaysAfterReminder", < 92 => "PaysAfterRepeatedReminders", _ => "Defaulter" };
        var twist = random.Next(100);
        grade = (grade, twist) switch
        {
            ("SelfPayer", < 7) => "Complains",
            ("SelfPayer" or "PaysAfterReminder", >= 93) => "Slides",
            _ => grade,
        };
        var monthly = Money.ToCents(profile.Area * items[0].Prices[0].UnitPrice * (profile.IsVacant ? 0.7m : 1m))
            + (profile.OptedOutItems.Count == 0 ? items[1].Prices[0].UnitPrice : 0m);
        return new DemoHousehold(profile, grade, monthly, Payments(random, profile, grade, monthly, today));
    }

    private List<PaymentRequest> Payments(Random random, HouseholdProfile profile, string grade, decimal monthly, DateOnly today)
    {
        var payments = new List<(DateOnly On, decimal Amount)>();
        for (var i = 0; i < Periods.Count; i++)
        {
            var due = Periods[i].Day(15);
            switch (grade)
            {
                case "SelfPayer":
                    payments.Add((due.AddDays(-random.Next(1, 10)), monthly));
                    break;
                case "PaysAfterReminder":
                    payments.Add((due.AddDays(random.Next(10, 41)), monthly + Money.ToCents(monthly * 0.03m)));
                    break;
                case "PaysAfterRepeatedReminders" when i % 3 == 2:
                    payments.Add((Periods[i - 2].Day(15).AddDays(random.Next(60, 151)), monthly * 3));
                    break;
                case "Defaulter" when i % 6 == 5 && i < Periods.Count - 12:
                    payments.Add((Periods[i - 5].Day(15).AddDays(random.Next(150, 300)), monthly * 6));
                    break;
                case "Complains" or "Slides":
                    break;
            }
        }
        if (grade is "Complains" or "Slides")
        {
            payments.AddRange(Changing(random, grade, monthly));
        }
        return [.. payments.Where(p => p.On <= today).OrderBy(p => p.On).Select((p, k) => new PaymentRequest($"{profile.HouseholdId}:{k}", p.Amount,
            k % 3 == 0 ? PaymentChannel.WeChatPay : k % 3 == 1 ? PaymentChannel.Alipay : PaymentChannel.BankWithholding,
            new DateTimeOffset(p.On.ToDateTime(new TimeOnly(10, 0)), BusinessCalendar.Offset)))];
    }

    /// <summary>
    /// The payments of a history that changes from a random month: a complainer misses that month's bill and pays it with
    /// the next 4–7 in one lump that long after; a slider pays each month 12 days later than the month before (on time
    /// before it starts) and stops once that passes 200 days.
    /// </summary>
    private IEnumerable<(DateOnly On, decimal Amount)> Changing(Random random, string behaviour, decimal monthly)
    {
        var turn = random.Next(Periods.Count / 4, Periods.Count);
        var withheld = random.Next(4, 8);
        for (var i = 0; i < Periods.Count; i++)
        {
            var due = Periods[i].Day(15);
            if (i < turn)
            {
                yield return (due.AddDays(-random.Next(1, 10)), monthly);
            }
            else if (behaviour == "Complains" && i == turn)
            {
                yield return (due.AddDays(30 * withheld + random.Next(0, 20)), monthly * withheld);
            }
            else if (behaviour == "Complains" && i >= turn + withheld)
            {
                yield return (due.AddDays(-random.Next(1, 10)), monthly);
            }
            else if (behaviour == "Slides" && 12 * (i - turn + 1) <= 200)
            {
                yield return (due.AddDays(12 * (i - turn + 1)), monthly);
            }
        }
    }
}
