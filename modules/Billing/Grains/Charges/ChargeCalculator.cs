using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Charges;

/// <summary>
/// The bill of one charge item for one household and period, or why there is none: the item's cycle does not bill
/// this period, the household opted out or had not moved in, no price was in effect, or meter readings are missing.
/// </summary>
internal static class ChargeCalculator
{
    /// <summary>The bills of every item for every period (by the versions in effect then), and the reasons of each item not billed.</summary>
    public static (List<BillDraft> Bills, List<string> Skipped) DraftAll(
        IReadOnlyList<ChargeItem> items, HouseholdProfile household, IReadOnlyList<Period> periods, IReadOnlyList<MeterReading> readings)
    {
        var bills = new List<BillDraft>();
        var skipped = new List<string>();
        foreach (var period in periods)
        {
            foreach (var item in ChargeSchedule.InEffect(items, period))
            {
                var (bill, reason) = Draft(item, household, period, readings);
                if (reason is not null)
                {
                    skipped.Add(reason);
                }
                else if (bill is not null)
                {
                    bills.Add(bill);
                }
            }
        }
        return (bills, skipped);
    }

    public static (BillDraft? Bill, string? Skipped) Draft(
        ChargeItem item, HouseholdProfile household, Period period, IReadOnlyList<MeterReading> readings)
    {
        var months = MonthsBilled(item.Cycle, period);
        if (months == 0)
        {
            return (null, null);
        }
        if (household.OptedOutItems.Contains(item.Code))
        {
            return (null, $"{item.Code}: opted out");
        }
        if (household.MoveInDate is { } moveIn && moveIn > period.LastDay)
        {
            return (null, $"{item.Code}: not moved in before {period.LastDay}");
        }
        var price = item.Prices.Where(p => p.EffectiveFrom <= period.FirstDay).MaxBy(p => p.EffectiveFrom);
        if (price is null)
        {
            return (null, $"{item.Code}: no price in effect for {period}");
        }

        decimal amount;
        switch (item.Basis)
        {
            case ChargeBasis.PerSquareMetre:
                amount = household.Area * price.UnitPrice * months;
                break;
            case ChargeBasis.Fixed:
                amount = price.UnitPrice;
                break;
            default:
                var consumption = Consumption(item.Code, readings, period.AddMonths(-months).LastDay, period.LastDay);
                if (consumption is null)
                {
                    return (null, $"{item.Code}: meter readings for {period} are missing");
                }
                amount = consumption.Value * price.UnitPrice;
                break;
        }
        if (household.IsVacant && item.VacantRate is { } vacantRate)
        {
            amount *= vacantRate;
        }
        amount = Money.ToCents(amount);
        return amount == 0
            ? (null, null)
            : (new BillDraft(item.Code, item.Name, period, period.Day(item.DueDay), amount), null);
    }

    private static int MonthsBilled(BillingCycle cycle, Period period) => cycle switch
    {
        BillingCycle.Monthly => 1,
        BillingCycle.Quarterly => (period.Month - 1) % 3 == 0 ? 3 : 0,
        _ => period.Month == 1 ? 12 : 0,
    };

    private static decimal? Consumption(string itemCode, IReadOnlyList<MeterReading> readings, DateOnly from, DateOnly to)
    {
        var ofItem = readings.Where(r => r.ItemCode == itemCode).ToList();
        var start = ofItem.Where(r => r.On <= from).MaxBy(r => r.On);
        var end = ofItem.Where(r => r.On > from && r.On <= to).MaxBy(r => r.On);
        return start is null || end is null ? null : end.Reading - start.Reading;
    }
}
