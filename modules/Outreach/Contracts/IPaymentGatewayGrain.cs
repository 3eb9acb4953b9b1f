namespace CollectionGrains.Outreach;

/// <summary>
/// The pay path of pay links (stateless, any silo): opens a pay link, starts a payment with the provider, and takes the
/// provider's signed notifications. A token that is forged, expired or revoked opens nothing.
/// </summary>
public interface IPaymentGatewayGrain : IGrainWithIntegerKey
{
    /// <summary>The pay page behind a token, or null when the token is not good (forged, expired, revoked).</summary>
    Task<PayPageView?> OpenPayLinkAsync(string token);

    /// <summary>The pay link's QR code as a PNG, or null when the token is not good.</summary>
    Task<byte[]?> GetQrCodeAsync(string token);

    /// <summary>An order for what the household owes today, to be confirmed at the provider; null when the token is not good.</summary>
    Task<PaymentOrder?> StartPaymentAsync(string token);

    /// <summary>Checks the provider's signature, then records the payment once per provider transaction.</summary>
    Task<NotificationOutcome> HandleNotificationAsync(ProviderNotification notification);
}
