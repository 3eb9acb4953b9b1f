namespace CollectionGrains.Outreach;

/// <summary>The messages outbox (stateless, any silo): the messages of the projects at or below a node by status, newest first; the gateway's receipts.</summary>
public interface IMessageOutboxGrain : IGrainWithIntegerKey
{
    Task<MessagePage> ListAsync(string nodeId, MessageStatus? status, int first, string? after);

    /// <summary>Records a signed delivery receipt: accepted (with the message's status after it), or refused, changing nothing.</summary>
    Task<NotificationOutcome> RecordReceiptAsync(MessageReceipt receipt);
}
