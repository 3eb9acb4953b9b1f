namespace CollectionGrains.Analytics.Experiments;

/// <summary>A household contacted with either script of an experiment while it ran: its contacts by script, and whether it paid within 7 days of the first (and whether those 7 days are over).</summary>
internal sealed record ExperimentHousehold(string HouseholdId, int Contacts, int ChampionContacts, int ChallengerContacts, bool Decided, bool Paid);
