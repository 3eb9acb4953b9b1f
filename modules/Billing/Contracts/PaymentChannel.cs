namespace CollectionGrains.Billing;

/// <summary>How the money came in.</summary>
public enum PaymentChannel
{
    Counter,
    WeChatPay,
    Alipay,
    BankWithholding,
    BankTransfer,
}
