using System.Globalization;
using System.Net;
using System.Security.Cryptography;

namespace CollectionGrains.Outreach.PayLinks;

/// <summary>
/// 沙箱支付: plays the payment provider in development and tests. When the owner confirms an order at its cashier, it
/// sends the merchant a notification signed with the provider key, as the provider would, to
/// <c>{public url}/payments/notify</c>, resending until the merchant answers 200 (a few times, backing off).
/// </summary>
public sealed class SandboxPayProvider(OutreachSettings settings, IGrainFactory grains)
{
    /// <summary>Pays an unpaid order in full; false when the order is unknown or paid, or the merchant never accepted.</summary>
    public async Task<bool> PayAsync(string orderId)
    {
        if (await grains.GetGrain<IPaymentOrderGrain>(orderId).GetAsync() is not { TransactionId: null } order)
        {
            return false;
        }
        var transactionId = "4200" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var body = new ProviderTransaction(orderId, transactionId, true, (long)(order.Amount * 100m), DateTimeOffset.UtcNow).ToJson();
        return await NotifyAsync(body);
    }

    /// <summary>Sends a signed notification, resending after 1, 2 and 4 seconds until the merchant answers 200.</summary>
    public async Task<bool> NotifyAsync(string body)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)));
            }
            using var request = Signed(body, DateTimeOffset.UtcNow);
            try
            {
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
        }
        return false;
    }

    /// <summary>The notification as the provider sends it at a given time.</summary>
    public HttpRequestMessage Signed(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var request = new HttpRequestMessage(HttpMethod.Post, settings.PublicUrl + ProviderNotification.Path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ProviderNotification.TimestampHeader, timestamp);
        request.Headers.Add(ProviderNotification.NonceHeader, nonce);
        request.Headers.Add(ProviderNotification.SignatureHeader, ProviderSignature.Sign(settings.ProviderKey, timestamp, nonce, body));
        return request;
    }
}
