using CollectionGrains.Collection;
using CollectionGrains.Collection.Warnings;

namespace CollectionGrains.Tests.Collection;

/// <summary>The warning book without a silo: raised once, dated from the first day its cause held, climbing by days, cleared when the cause goes.</summary>
public sealed class WarningBookTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_cause_found_late_starts_at_the_level_it_would_have_reached_and_applying_again_changes_nothing()
    {
        var warnings = new List<Warning>();
        // No contact since 19 days ago, 10 allowed: the cause held from 8 days ago; every 3 days a level → 8 / 3 = 2.
        var cause = new WarningCondition(WarningKind.NoContact, "h1:1", "已 19 天未联系", ContactMethod.Phone, Today.AddDays(-8));

        Assert.Equal(["NoContact:h1:1"], WarningBook.Apply(warnings, [cause], "h1", "c1", "h1:1", 3, Today, Now));
        Assert.Equal((WarningLevel.ProjectManager, Today.AddDays(-8)), (warnings[0].Level, warnings[0].RaisedOn));
        Assert.Empty(WarningBook.Apply(warnings, [cause], "h1", "c1", "h1:1", 3, Today, Now));
        Assert.Single(warnings);

        // A day later it has been 9 days: the branch (the top).
        WarningBook.Apply(warnings, [cause], "h1", "c1", "h1:1", 3, Today.AddDays(1), Now.AddDays(1));
        Assert.Equal(WarningLevel.Branch, warnings[0].Level);

        // The cause gone, the warning is cleared; if it comes back, it is a new warning of that day.
        WarningBook.Apply(warnings, [], "h1", "c1", "h1:1", 3, Today.AddDays(2), Now.AddDays(2));
        Assert.Equal(Today.AddDays(2), warnings[0].ClearedOn);
        var again = cause with { Since = Today.AddDays(5) };
        Assert.Equal([$"NoContact:h1:1@{Today.AddDays(5):yyyyMMdd}"], WarningBook.Apply(warnings, [again], "h1", "c1", "h1:1", 3, Today.AddDays(5), Now.AddDays(5)));
        Assert.Equal(WarningLevel.Collector, warnings[1].Level);
    }
}
