using Npgsql;
using NpgsqlTypes;

namespace CollectionGrains.Billing.Journal;

/// <summary>
/// Copies a household's pending facts into the Billing tables in one round trip. Every insert is idempotent
/// (ON CONFLICT DO NOTHING on the fact's key), so an outbox flushed twice changes nothing.
/// </summary>
internal sealed class BillingJournal(NpgsqlDataSource database)
{
    public async Task WriteAsync(HouseholdState household, IReadOnlyCollection<JournalItem> items, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0 || household.Profile is not { } profile)
        {
            return;
        }
        await using var batch = database.CreateBatch();
        foreach (var item in items.Distinct())
        {
            switch (item.Kind)
            {
                case JournalKind.Household:
                    Add(batch, """
                        INSERT INTO billing.household (household_id, project_id, building_id, room, area, owner_name, customer_type, phones, is_vacant, move_in_date)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                        ON CONFLICT (household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                            room = excluded.room, area = excluded.area, owner_name = excluded.owner_name, customer_type = excluded.customer_type,
                            phones = excluded.phones, is_vacant = excluded.is_vacant, move_in_date = excluded.move_in_date, updated_at = now()
                        """, profile.HouseholdId, profile.ProjectId, profile.BuildingId, profile.Room, profile.Area, profile.OwnerName,
                        profile.CustomerType.ToString(), profile.Phones.ToArray(), profile.IsVacant, (object?)profile.MoveInDate ?? DBNull.Value);
                    break;
                case JournalKind.Bill when household.Ledger.Bills.Find(b => b.BillId == item.Key) is { } bill:
                    Add(batch, """
                        INSERT INTO billing.bill (household_id, bill_id, project_id, item_code, period, due_date, principal, issued_on)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
                        """, profile.HouseholdId, bill.BillId, profile.ProjectId, bill.ItemCode, bill.Period.ToString(), bill.DueDate, bill.Principal, bill.IssuedOn);
                    break;
                case JournalKind.Payment when Payment(household, item.Key) is { } payment:
                    Add(batch, """
                        INSERT INTO billing.payment (household_id, payment_id, project_id, amount, channel, paid_at)
                        VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
                        """, profile.HouseholdId, payment.PaymentId, profile.ProjectId, payment.Amount, payment.Channel.ToString(), payment.PaidAt.ToUniversalTime());
                    AddAllocations(batch, profile.HouseholdId, payment);
                    break;
                case JournalKind.Allocations when Payment(household, item.Key) is { } payment:
                    AddAllocations(batch, profile.HouseholdId, payment);
                    break;
                case JournalKind.Reversal when Payment(household, item.Key) is { Reversed: true } payment:
                    Add(batch, """
                        INSERT INTO billing.payment_reversal (household_id, payment_id, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                        """, profile.HouseholdId, payment.PaymentId, payment.ReversalReason ?? string.Empty);
                    break;
                case JournalKind.Waiver when household.Ledger.Waivers.Find(w => w.WaiverId == item.Key) is { } waiver:
                    Add(batch, """
                        INSERT INTO billing.waiver (household_id, waiver_id, bill_id, kind, late_fee, principal, waived_on, reason, approver)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING
                        """, profile.HouseholdId, waiver.WaiverId, waiver.BillId, waiver.Kind.ToString(), waiver.LateFee, waiver.Principal,
                        waiver.On, waiver.Reason, waiver.Approver);
                    break;
            }
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Ledger.LedgerPayment? Payment(HouseholdState household, string paymentId) =>
        household.Ledger.Payments.Find(p => p.PaymentId == paymentId);

    private static void AddAllocations(NpgsqlBatch batch, string householdId, Ledger.LedgerPayment payment)
    {
        if (payment.Allocations.Count == 0)
        {
            return;
        }
        Add(batch, """
            INSERT INTO billing.allocation (household_id, payment_id, seq, bill_id, late_fee, principal, allocated_on)
            SELECT $1, $2, s.seq, s.bill_id, s.late_fee, s.principal, s.allocated_on
              FROM unnest($3::int[], $4::text[], $5::numeric[], $6::numeric[], $7::date[]) AS s(seq, bill_id, late_fee, principal, allocated_on)
            ON CONFLICT DO NOTHING
            """, householdId, payment.PaymentId,
            Enumerable.Range(0, payment.Allocations.Count).ToArray(),
            payment.Allocations.Select(a => a.BillId).ToArray(),
            payment.Allocations.Select(a => a.LateFee).ToArray(),
            payment.Allocations.Select(a => a.Principal).ToArray(),
            payment.Allocations.Select(a => a.On).ToArray());
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is DateOnly[] dates
                ? new NpgsqlParameter { Value = dates, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date }
                : new NpgsqlParameter { Value = value });
        }
        batch.BatchCommands.Add(command);
    }
}
