using CollectionGrains.Customers;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection;

/// <summary>
/// What the case tells the household's ledger for its grade and credit (Customers module): the days it was contacted and
/// the days it complained of the service, the value-added services or the developer (a contact's stated reason). Sent
/// after a commit that changed them, in the background until the ledger takes it; whole lists, versioned by the commit
/// count, so a repeat or a late arrival changes nothing.
/// </summary>
internal sealed partial class HouseholdCaseGrain
{
    private static readonly ArrearsReasonCategory[] Complaints =
        [ArrearsReasonCategory.BasicService, ArrearsReasonCategory.ValueAddedService, ArrearsReasonCategory.Developer];

    private ContactFacts? _contactFactsSent;
    private Task _contactFactsSend = Task.CompletedTask;

    private void TellLedgerOfContacts()
    {
        var contacts = state.State.Contacts;
        var facts = new ContactFacts(state.State.CommitCount,
            [.. contacts.Select(c => BusinessCalendar.DateOf(c.At)).Order().TakeLast(ContactFacts.Kept)],
            [.. contacts.Where(c => c.Request.Reason is { } reason && Complaints.Contains(reason.Category)).Select(c => BusinessCalendar.DateOf(c.At)).Order()]);
        if (contacts.Count == 0 || (_contactFactsSent is { } sent && sent.ContactDays.SequenceEqual(facts.ContactDays)
            && sent.ComplaintDays.SequenceEqual(facts.ComplaintDays)))
        {
            return;
        }
        _contactFactsSent = facts;
        _contactFactsSend = SendContactFactsAsync(facts);
    }

    private async Task SendContactFactsAsync(ContactFacts facts)
    {
        try
        {
            await _contactFactsSend.ContinueWith(_ => { }, TaskScheduler.Current);
            while (_contactFactsSent == facts && await MemoryMatchesStorageAsync())
            {
                try
                {
                    await Household.ApplyContactFactsAsync(facts);
                    return;
                }
                catch (Exception e) when (!_memoryDropped)
                {
                    logger.ContactsNotTold(e, HouseholdId);
                    await Task.Delay(Retry);
                }
                catch (Exception)
                {
                    return;
                }
            }
        }
        finally
        {
            // The latest send, once done, is not kept (see ReportFiguresAsync).
            if (_contactFactsSent == facts)
            {
                _contactFactsSend = Task.CompletedTask;
            }
        }
    }
}
