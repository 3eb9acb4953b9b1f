namespace CollectionGrains.Outreach;

/// <summary>Reads the messages outbox (stateless, any silo): a project's messages by status, newest first.</summary>
public interface IMessageOutboxGrain : IGrainWithIntegerKey
{
    Task<MessagePage> ListAsync(string projectId, MessageStatus? status, int first, string? after);
}
