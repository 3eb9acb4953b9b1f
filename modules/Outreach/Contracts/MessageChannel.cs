namespace CollectionGrains.Outreach;

/// <summary>Where an automated or manual message goes: SMS to the owner's phone, a WeChat template message, an app push.</summary>
public enum MessageChannel
{
    Sms,
    WeChat,
    AppPush,
}
