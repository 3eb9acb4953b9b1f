namespace CollectionGrains.Outreach;

/// <summary>物业服务中心: the project's office that notices name for owners to call or visit (the company's contact).</summary>
[GenerateSerializer, Immutable, Alias("outreach.ServiceCentre")]
public sealed record ServiceCentre(
    [property: Id(0)] string Phone,
    [property: Id(1)] string Address);
