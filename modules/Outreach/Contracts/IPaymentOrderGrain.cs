namespace CollectionGrains.Outreach;

/// <summary>One merchant order (key: order id, 商户订单号): made when the owner presses pay, paid once by one provider transaction.</summary>
public interface IPaymentOrderGrain : IGrainWithStringKey
{
    Task<PaymentOrder> CreateAsync(string householdId, decimal amount);

    Task<PaymentOrder?> GetAsync();

    /// <summary>
    /// The provider says the order was paid: records the payment in the household's ledger (idempotent by transaction),
    /// refused when the order is unknown, the amount is not the order's or another transaction paid it already.
    /// </summary>
    Task<NotificationOutcome> ConfirmAsync(string transactionId, decimal amount, DateTimeOffset paidAt);
}
