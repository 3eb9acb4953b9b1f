using CollectionGrains.Billing;

namespace CollectionGrains.Silo.Demo;

/// <summary>A demo household: its profile, its payment behaviour (the four grades of DOMAIN.md) and its payments.</summary>
internal sealed record DemoHousehold(HouseholdProfile Profile, string Grade, IReadOnlyList<PaymentRequest> Payments);
