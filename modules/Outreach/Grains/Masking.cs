namespace CollectionGrains.Outreach;

/// <summary>What may be shown of a person where others can see it (PIPL): an owner's name and a room, masked.</summary>
internal static class Masking
{
    /// <summary>张伟 → 张*, 欧阳娜娜 → 欧***, a company keeps its first two characters: 深圳********.</summary>
    public static string OwnerName(string name)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return "";
        }
        var kept = text.Length > 6 ? 2 : 1;
        return string.Concat(text.AsSpan(0, kept), new string('*', Math.Min(text.Length - kept, 8)));
    }

    /// <summary>
    /// The floor of a room hidden, its unit number kept so that neighbours cannot tell who it is but the owner can:
    /// 3栋2单元1201 → 3栋2单元**01, 1-101 → 1-*01. A room without a trailing number of three digits or more is masked whole.
    /// </summary>
    public static string Room(string room)
    {
        var digits = 0;
        while (digits < room.Length && char.IsAsciiDigit(room[room.Length - 1 - digits]))
        {
            digits++;
        }
        if (digits < 3)
        {
            return new string('*', Math.Max(room.Length, 3));
        }
        var start = room.Length - digits;
        return string.Concat(room.AsSpan(0, start), new string('*', digits - 2), room.AsSpan(room.Length - 2));
    }
}
