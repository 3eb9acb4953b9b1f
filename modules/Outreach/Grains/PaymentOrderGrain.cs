using CollectionGrains.Billing;

namespace CollectionGrains.Outreach;

internal sealed class PaymentOrderGrain(
    [PersistentState("paymentOrder")] IPersistentState<PaymentOrderState> state,
    OutreachSettings settings,
    TimeProvider time) : Grain, IPaymentOrderGrain
{
    /// <summary>The payment id a provider transaction is recorded under: the same transaction is one payment, however often it is notified.</summary>
    public static string PaymentIdOf(string transactionId) => "wxpay-" + transactionId;

    public async Task<PaymentOrder> CreateAsync(string householdId, decimal amount)
    {
        if (state.State.HouseholdId is not null)
        {
            throw new InvalidOperationException("an order id is used once");
        }
        state.State = new PaymentOrderState { HouseholdId = householdId, Amount = amount, CreatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return View()!;
    }

    public Task<PaymentOrder?> GetAsync() => Task.FromResult(View());

    public async Task<NotificationOutcome> ConfirmAsync(string transactionId, decimal amount, DateTimeOffset paidAt)
    {
        var order = state.State;
        if (order.HouseholdId is null)
        {
            return new(false, "unknown order");
        }
        if (amount != order.Amount)
        {
            return new(false, $"amount {amount} is not the order's {order.Amount}");
        }
        if (order.TransactionId is { } paidBy)
        {
            return paidBy == transactionId ? new(true, "paid") : new(false, "the order was paid by another transaction");
        }
        // The payment first, then the order: a crash between them leaves an order the provider's resend completes,
        // and the payment id makes the second recording a no-op.
        await GrainFactory.GetGrain<IHouseholdGrain>(order.HouseholdId)
            .RecordPaymentAsync(new PaymentRequest(PaymentIdOf(transactionId), amount, PaymentChannel.WeChatPay, paidAt));
        order.TransactionId = transactionId;
        order.PaidAt = paidAt;
        await state.WriteStateAsync();
        return new(true, "paid");
    }

    private PaymentOrder? View() => state.State.HouseholdId is { } household
        ? new PaymentOrder(this.GetPrimaryKeyString(), household, state.State.Amount,
            $"{settings.PublicUrl}/sandbox-pay/{this.GetPrimaryKeyString()}", state.State.TransactionId)
        : null;
}
