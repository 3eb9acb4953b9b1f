using Microsoft.Extensions.Logging;

namespace CollectionGrains.Outreach;

/// <summary>The Outreach module's log lines (source-generated).</summary>
internal static partial class OutreachLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "a delivery receipt with a bad signature was refused")]
    public static partial void ReceiptSignatureRefused(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "payment notification refused: {Problem}")]
    public static partial void PaymentNotificationRefused(this ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "payment notification for order {Order} refused: {Problem}")]
    public static partial void PaymentNotificationForOrderRefused(this ILogger logger, string order, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the message sender could not read the outbox; trying again")]
    public static partial void OutboxUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "message {Message}: left to be tried again when its lease runs out")]
    public static partial void MessageLeftToLease(this ILogger logger, Exception exception, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "message {Message}: attempt {Attempt} failed: {Problem}")]
    public static partial void MessageAttemptFailed(this ILogger logger, string message, int attempt, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "message {Message} was sent but not recorded as a contact: {Reason}")]
    public static partial void MessageNotRecordedAsContact(this ILogger logger, string message, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "project {Project}: {Decided} automatic reminder(s) decided")]
    public static partial void AutomaticRemindersDecided(this ILogger logger, string project, int decided);

    [LoggerMessage(Level = LogLevel.Warning, Message = "notice batch {Batch}: household {Household} failed")]
    public static partial void NoticeBatchHouseholdFailed(this ILogger logger, Exception exception, string batch, string household);
}
