using CollectionGrains.Billing;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// A demo household: its profile, its payment behaviour (the four grades of DOMAIN.md, or a history that changes: one
/// that complains and then withholds, one that slides from paying on time to not paying), what it is billed a month, and its payments.
/// </summary>
internal sealed record DemoHousehold(HouseholdProfile Profile, string Grade, decimal Monthly, IReadOnlyList<PaymentRequest> Payments);
