using Microsoft.Extensions.Logging;

namespace CollectionGrains.Silo;

/// <summary>The silo program's log lines: the demo and the first start (source-generated).</summary>
internal static partial class SiloLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo legal ladder: {Household} stays where it is ({Reason})")]
    public static partial void DemoHouseholdStays(this ILogger logger, string household, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo collection loaded: {Projects} projects with collectors, {Contacts} contacts, {Scripts} scripts, {Ladder} households on the legal ladder, {Reminders} automatic reminders decided, {Visits} visits today, {Orders} service orders in {Seconds:F0} s")]
    public static partial void DemoCollectionLoaded(this ILogger logger, int projects, int contacts, int scripts, int ladder, int reminders, int visits, int orders, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo group of {Households} households, {Months} months: loaded already today")]
    public static partial void DemoLoadedAlready(this ILogger logger, int households, int months);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the demo group failed; restarting the silo loads it again (every step is idempotent)")]
    public static partial void DemoLoadFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users: {Users}")]
    public static partial void DemoUsers(this ILogger logger, string users);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo group: {Projects} projects, {Households} households, {Months} months")]
    public static partial void DemoLoading(this ILogger logger, int projects, int households, int months);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Households} households registered ({Seconds:F0} s)")]
    public static partial void DemoRegistered(this ILogger logger, int households, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo group loaded: {Households} households, {Payments} payments in {Seconds:F0} s")]
    public static partial void DemoLoaded(this ILogger logger, int households, int payments, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "First group admin {Username} created for group {GroupId}")]
    public static partial void FirstAdminCreated(this ILogger logger, string username, string groupId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The first admin {Username} was not created: {Reason}")]
    public static partial void FirstAdminNotCreated(this ILogger logger, string username, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo credit model v{Version}: holdout AUC {Auc:F3} against the grade's {BaselineAuc:F3}, in use: {InUse}; trained in {Seconds:F1} s")]
    public static partial void DemoCreditModel(this ILogger logger, int version, double auc, double baselineAuc, bool inUse, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo credit model not trained: {Reason}")]
    public static partial void DemoCreditModelNotTrained(this ILogger logger, string reason);
}
