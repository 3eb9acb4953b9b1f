namespace CollectionGrains.Outreach;

/// <summary>A project's thresholds for the legal ladder, one per step.</summary>
[GenerateSerializer, Immutable, Alias("outreach.LegalPolicy")]
public sealed record LegalPolicy([property: Id(0)] IReadOnlyList<LegalThreshold> Thresholds)
{
    /// <summary>Defaults: a lawyer's letter after 90 days, ¥1,000 and 3 contacts; a public notice after 180 days, ¥2,000, 5 contacts;
    /// the manager's list and a lawsuit after a year, ¥5,000 and 6 contacts.</summary>
    public static LegalPolicy Standard { get; } = new([
        new(LegalStep.LawyerLetter, 90, 1_000m, 3),
        new(LegalStep.PublicNotice, 180, 2_000m, 5),
        new(LegalStep.ReportToManagement, 365, 5_000m, 6),
        new(LegalStep.Lawsuit, 365, 5_000m, 6),
    ]);

    public LegalThreshold For(LegalStep step) => Thresholds.FirstOrDefault(t => t.Step == step) ?? Standard.Thresholds.First(t => t.Step == step);
}
