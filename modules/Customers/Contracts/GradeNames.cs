namespace CollectionGrains.Customers;

/// <summary>What the users call each grade (DOMAIN.md): 自动缴费型 … 多次提醒依然不缴费型.</summary>
public static class GradeNames
{
    public static string Of(Grade grade) => grade switch
    {
        Grade.SelfPayer => "自动缴费型",
        Grade.PaysAfterReminder => "需提醒才缴费型",
        Grade.PaysAfterRepeatedReminders => "多次提醒才缴费型",
        _ => "多次提醒依然不缴费型",
    };
}
