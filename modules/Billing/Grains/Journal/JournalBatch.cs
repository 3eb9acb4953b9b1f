using CollectionGrains.Hosting.Journal;
using Npgsql;
using NpgsqlTypes;
using static CollectionGrains.Hosting.Journal.BatchCommands;

namespace CollectionGrains.Billing.Journal;

/// <summary>
/// Rows for the Billing tables from one or many households. Merged batches are written with one multi-row insert per
/// table (unnest of arrays), each idempotent on the fact's key.
/// </summary>
internal sealed class JournalBatch : IJournalBatch<JournalBatch>
{
    public sealed record HouseholdRow(string HouseholdId, string ProjectId, string BuildingId, string Room, decimal Area,
        string OwnerName, string CustomerType, string Phones, bool IsVacant, DateOnly? MoveInDate);

    public sealed record BillRow(string HouseholdId, string BillId, string ProjectId, string ItemCode, string Period,
        DateOnly DueDate, decimal Principal, DateOnly IssuedOn);

    public sealed record PaymentRow(string HouseholdId, string PaymentId, string ProjectId, decimal Amount, string Channel, DateTime PaidAtUtc);

    public sealed record AllocationRow(string HouseholdId, string PaymentId, int Seq, string BillId, decimal LateFee, decimal Principal, DateOnly On);

    public sealed record ReversalRow(string HouseholdId, string PaymentId, string Reason);

    public sealed record WaiverRow(string HouseholdId, string WaiverId, string BillId, string Kind, decimal LateFee, decimal Principal,
        DateOnly On, string Reason, string Approver);

    public List<HouseholdRow> Households { get; } = [];
    public List<BillRow> Bills { get; } = [];
    public List<PaymentRow> Payments { get; } = [];
    public List<AllocationRow> Allocations { get; } = [];
    public List<ReversalRow> Reversals { get; } = [];
    public List<WaiverRow> Waivers { get; } = [];

    public bool IsEmpty => Households.Count + Bills.Count + Payments.Count + Allocations.Count + Reversals.Count + Waivers.Count == 0;

    public int RowCount => Households.Count + Bills.Count + Payments.Count + Allocations.Count + Reversals.Count + Waivers.Count;

    public void Add(JournalBatch other)
    {
        Households.AddRange(other.Households);
        Bills.AddRange(other.Bills);
        Payments.AddRange(other.Payments);
        Allocations.AddRange(other.Allocations);
        Reversals.AddRange(other.Reversals);
        Waivers.AddRange(other.Waivers);
    }

    /// <summary>
    /// The payments, then one statement for the facts the change feed's readers keep (profiles, bills, allocations,
    /// reversals, waivers), which appends the households it changed.
    /// </summary>
    public IEnumerable<NpgsqlBatchCommand> ToCommands()
    {
        if (Payments.Count > 0)
        {
            yield return Command("""
                INSERT INTO billing.payment (household_id, payment_id, project_id, amount, channel, paid_at)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::timestamptz[])
                ON CONFLICT DO NOTHING
                """, Column(Payments, p => p.HouseholdId), Column(Payments, p => p.PaymentId), Column(Payments, p => p.ProjectId),
                Column(Payments, p => p.Amount), Column(Payments, p => p.Channel), Column(Payments, p => p.PaidAtUtc));
        }
        if (FactWrites().ToList() is { Count: > 0 } facts)
        {
            yield return ChangeFeed.Appending(facts);
        }
    }

    /// <summary>Each returns the households of the rows it inserted or changed; a profile is rewritten only when it differs.</summary>
    private IEnumerable<NpgsqlBatchCommand> FactWrites()
    {
        if (Households.Count > 0)
        {
            // An upsert may touch each key once per statement: keep the latest profile of each household.
            var latest = Households.GroupBy(h => h.HouseholdId).Select(g => g.Last()).ToList();
            yield return Command("""
                INSERT INTO billing.household (household_id, project_id, building_id, room, area, owner_name, customer_type, phones, is_vacant, move_in_date)
                SELECT h, p, b, r, a, o, c, string_to_array(ph, ','), v, m FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[],
                       $6::text[], $7::text[], $8::text[], $9::bool[], $10::date[]) AS t(h, p, b, r, a, o, c, ph, v, m)
                ON CONFLICT (household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                    room = excluded.room, area = excluded.area, owner_name = excluded.owner_name, customer_type = excluded.customer_type,
                    phones = excluded.phones, is_vacant = excluded.is_vacant, move_in_date = excluded.move_in_date, updated_at = now()
                 WHERE (billing.household.project_id, billing.household.building_id, billing.household.room, billing.household.area,
                        billing.household.owner_name, billing.household.customer_type, billing.household.phones, billing.household.is_vacant,
                        billing.household.move_in_date)
                       IS DISTINCT FROM (excluded.project_id, excluded.building_id, excluded.room, excluded.area, excluded.owner_name,
                        excluded.customer_type, excluded.phones, excluded.is_vacant, excluded.move_in_date)
                RETURNING household_id
                """, Column(latest, h => h.HouseholdId), Column(latest, h => h.ProjectId), Column(latest, h => h.BuildingId),
                Column(latest, h => h.Room), Column(latest, h => h.Area), Column(latest, h => h.OwnerName), Column(latest, h => h.CustomerType),
                Column(latest, h => h.Phones), Column(latest, h => h.IsVacant), Dates(latest, h => h.MoveInDate));
        }
        if (Bills.Count > 0)
        {
            yield return Command("""
                INSERT INTO billing.bill (household_id, bill_id, project_id, item_code, period, due_date, principal, issued_on)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::numeric[], $8::date[])
                ON CONFLICT DO NOTHING RETURNING household_id
                """, Column(Bills, b => b.HouseholdId), Column(Bills, b => b.BillId), Column(Bills, b => b.ProjectId), Column(Bills, b => b.ItemCode),
                Column(Bills, b => b.Period), Dates(Bills, b => b.DueDate), Column(Bills, b => b.Principal), Dates(Bills, b => b.IssuedOn));
        }
        if (Allocations.Count > 0)
        {
            yield return Command("""
                INSERT INTO billing.allocation (household_id, payment_id, seq, bill_id, late_fee, principal, allocated_on)
                SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::numeric[], $6::numeric[], $7::date[])
                ON CONFLICT DO NOTHING RETURNING household_id
                """, Column(Allocations, a => a.HouseholdId), Column(Allocations, a => a.PaymentId), Column(Allocations, a => a.Seq),
                Column(Allocations, a => a.BillId), Column(Allocations, a => a.LateFee), Column(Allocations, a => a.Principal), Dates(Allocations, a => a.On));
        }
        if (Reversals.Count > 0)
        {
            yield return Command("""
                INSERT INTO billing.payment_reversal (household_id, payment_id, reason)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING RETURNING household_id
                """, Column(Reversals, r => r.HouseholdId), Column(Reversals, r => r.PaymentId), Column(Reversals, r => r.Reason));
        }
        if (Waivers.Count > 0)
        {
            yield return Command("""
                INSERT INTO billing.waiver (household_id, waiver_id, bill_id, kind, late_fee, principal, waived_on, reason, approver)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::date[], $8::text[], $9::text[])
                ON CONFLICT DO NOTHING RETURNING household_id
                """, Column(Waivers, w => w.HouseholdId), Column(Waivers, w => w.WaiverId), Column(Waivers, w => w.BillId), Column(Waivers, w => w.Kind),
                Column(Waivers, w => w.LateFee), Column(Waivers, w => w.Principal), Dates(Waivers, w => w.On), Column(Waivers, w => w.Reason),
                Column(Waivers, w => w.Approver));
        }
    }

    private static NpgsqlParameter Dates<TRow>(List<TRow> rows, Func<TRow, DateOnly?> field) =>
        NullableColumn(rows, r => field(r), NpgsqlDbType.Date);
}
