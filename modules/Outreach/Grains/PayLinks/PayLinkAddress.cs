namespace CollectionGrains.Outreach.PayLinks;

/// <summary>Where a pay link points: <c>{public url}/pay/{token}</c>, and its QR code at <c>…/qr.png</c>.</summary>
internal static class PayLinkAddress
{
    public static PayLink For(OutreachSettings settings, string token, DateTimeOffset expiresAt)
    {
        var url = $"{settings.PublicUrl}/pay/{token}";
        return new PayLink(url, url + "/qr.png", expiresAt);
    }
}
