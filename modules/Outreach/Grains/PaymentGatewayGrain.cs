using System.Security.Cryptography;
using CollectionGrains.Billing;
using CollectionGrains.Outreach.PayLinks;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class PaymentGatewayGrain(OutreachSettings settings, TimeProvider time, ILogger<PaymentGatewayGrain> logger) : Grain, IPaymentGatewayGrain
{
    public async Task<PayPageView?> OpenPayLinkAsync(string token)
    {
        if (await CheckAsync(token) is not { } link)
        {
            return null;
        }
        var household = GrainFactory.GetGrain<IHouseholdGrain>(link.HouseholdId);
        var profile = await household.GetProfileAsync();
        var arrears = await household.GetArrearsAsync(null);
        return new PayPageView(
            Masking.OwnerName(profile?.OwnerName ?? ""), profile?.Room ?? "",
            [.. arrears.OverdueBills.Where(b => b.TotalDue > 0).Select(b => new PayPageLine(b.ItemName, b.Period.ToString(), b.PrincipalDue, b.LateFeeDue))],
            arrears.Total, arrears.AsOf, link.ExpiresAt);
    }

    public async Task<byte[]?> GetQrCodeAsync(string token) =>
        await CheckAsync(token) is { } link ? QrCodes.Png(PayLinkAddress.For(settings, token, link.ExpiresAt).Url) : null;

    public async Task<PaymentOrder?> StartPaymentAsync(string token)
    {
        if (await CheckAsync(token) is not { } link)
        {
            return null;
        }
        var arrears = await GrainFactory.GetGrain<IHouseholdGrain>(link.HouseholdId).GetArrearsAsync(null);
        if (!arrears.InArrears)
        {
            throw Collection.CollectionRejectedException.BadInput("nothing is owed: there is nothing to pay");
        }
        var orderId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return await GrainFactory.GetGrain<IPaymentOrderGrain>(orderId).CreateAsync(link.HouseholdId, arrears.Total);
    }

    public async Task<NotificationOutcome> HandleNotificationAsync(ProviderNotification notification)
    {
        if (ProviderSignature.Problem(settings.ProviderKey, notification.Timestamp, notification.Nonce, notification.Signature,
                notification.Body, time.GetUtcNow()) is { } problem)
        {
            logger.PaymentNotificationRefused(problem);
            return new(false, problem);
        }
        if (ProviderTransaction.Parse(notification.Body) is not { } transaction)
        {
            return new(false, "the body is not a transaction notification");
        }
        if (!transaction.Succeeded)
        {
            return new(true, "noted: not paid");
        }
        var outcome = await GrainFactory.GetGrain<IPaymentOrderGrain>(transaction.OrderId)
            .ConfirmAsync(transaction.TransactionId, transaction.Amount, transaction.PaidAt);
        if (!outcome.Accepted)
        {
            logger.PaymentNotificationForOrderRefused(transaction.OrderId, outcome.Message);
        }
        return outcome;
    }

    /// <summary>The token's content when it is signed by us, not expired and of the household's current generation.</summary>
    private async Task<PayLinkToken?> CheckAsync(string token) =>
        PayLinkToken.Read(token, settings.PayLinkKeys) is { } link && link.ExpiresAt > time.GetUtcNow()
            && await GrainFactory.GetGrain<IHouseholdOutreachGrain>(link.HouseholdId).GetPayLinkGenerationAsync() == link.Generation
            ? link
            : null;
}
