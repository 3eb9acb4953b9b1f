using System.Security.Cryptography;
using CollectionGrains.Kernel;

namespace CollectionGrains.Outreach;

/// <summary>
/// What the Outreach module needs from its host: the address owners reach the system at (<c>CG_PUBLIC_URL</c>, by
/// default <c>CG_HTTP_URL</c>), the keys that sign pay links (<c>CG_LINK_KEYS</c>, <c>keyId:base64secret[,…]</c>, the
/// first signs), how long a pay link lives (<c>CG_PAY_LINK_DAYS</c>, 30) and the key the payment provider signs its
/// notifications with (<c>CG_PAY_PROVIDER_KEY</c>, base64; the API key agreed with the provider), and where messages go.
/// </summary>
public sealed class OutreachSettings
{
    public required string PublicUrl { get; init; }

    public required string LinkKeys { get; init; }

    public required byte[] ProviderKey { get; init; }

    public TimeSpan PayLinkLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Where messages are POSTed (<c>CG_MESSAGE_WEBHOOK_URL</c>); none: nothing leaves, the outbox is the record.</summary>
    public string? MessageWebhookUrl { get; init; }

    /// <summary>The key the webhook's body is signed with (<c>CG_MESSAGE_WEBHOOK_KEY</c>, base64).</summary>
    public byte[] MessageWebhookKey { get; init; } = [];

    internal SigningKeys PayLinkKeys => field ??= SigningKeys.Parse(LinkKeys, "CG_LINK_KEYS");

    public static OutreachSettings FromEnvironment()
    {
        static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set (deploy/env.sh makes one per machine)");
        var providerKey = Convert.FromBase64String(Required("CG_PAY_PROVIDER_KEY"));
        var days = Environment.GetEnvironmentVariable("CG_PAY_LINK_DAYS");
        return new OutreachSettings
        {
            PublicUrl = (Environment.GetEnvironmentVariable("CG_PUBLIC_URL") is { Length: > 0 } url ? url : Required("CG_HTTP_URL")).TrimEnd('/'),
            LinkKeys = Required("CG_LINK_KEYS"),
            ProviderKey = providerKey.Length >= 32 ? providerKey : throw new InvalidOperationException("CG_PAY_PROVIDER_KEY must be at least 32 bytes"),
            PayLinkLifetime = TimeSpan.FromDays(string.IsNullOrEmpty(days) ? 30 : int.Parse(days, System.Globalization.CultureInfo.InvariantCulture)),
            MessageWebhookUrl = Environment.GetEnvironmentVariable("CG_MESSAGE_WEBHOOK_URL") is { Length: > 0 } webhook ? webhook : null,
            MessageWebhookKey = Environment.GetEnvironmentVariable("CG_MESSAGE_WEBHOOK_KEY") is { Length: > 0 } key ? Convert.FromBase64String(key) : [],
        };
    }

    /// <summary>These settings with messages POSTed to a webhook signed with the key.</summary>
    public OutreachSettings WithWebhook(string url, byte[] key) => new()
    {
        PublicUrl = PublicUrl, LinkKeys = LinkKeys, ProviderKey = ProviderKey, PayLinkLifetime = PayLinkLifetime, MessageWebhookUrl = url, MessageWebhookKey = key,
    };

    /// <summary>Settings with fresh random keys (tests; a single process that signs and checks its own links).</summary>
    public static OutreachSettings WithRandomKeys(string publicUrl) => new()
    {
        PublicUrl = publicUrl.TrimEnd('/'),
        LinkKeys = "t1:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ProviderKey = RandomNumberGenerator.GetBytes(32),
    };
}
