namespace CollectionGrains.Customers.Credit;

/// <summary>A model as trained: its bytes (ML.NET's zip) and its evaluation, before it has a group and a version.</summary>
internal sealed record TrainedCreditModel(byte[] Model, Func<string, int, DateTimeOffset, CreditModelReport> Report);
