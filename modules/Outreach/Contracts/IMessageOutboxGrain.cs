namespace CollectionGrains.Outreach;

/// <summary>The messages outbox (stateless, any silo): the messages to owners of the projects at or below a node by status, newest first; messages to staff; the gateway's receipts.</summary>
public interface IMessageOutboxGrain : IGrainWithIntegerKey
{
    Task<MessagePage> ListAsync(string nodeId, MessageStatus? status, int first, string? after);

    /// <summary>Writes a message to staff with its files (idempotent by its id); the sender sends it at once, whatever the hour.</summary>
    Task<OutboxMessage> SendToStaffAsync(StaffMessage message);

    /// <summary>These messages as the outbox holds them now (those it has).</summary>
    Task<IReadOnlyList<OutboxMessage>> GetAsync(IReadOnlyList<string> messageIds);

    /// <summary>Records a signed delivery receipt: accepted (with the message's status after it), or refused, changing nothing.</summary>
    Task<NotificationOutcome> RecordReceiptAsync(MessageReceipt receipt);
}
