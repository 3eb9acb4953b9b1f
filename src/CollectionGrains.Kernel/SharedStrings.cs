using System.Collections.Concurrent;

namespace CollectionGrains.Kernel;

/// <summary>
/// One instance of each short string that many households hold alike (bill ids such as <c>property:2026-11</c>, charge
/// item codes and names): a silo with a million resident ledgers otherwise keeps millions of copies of a few hundred
/// values. Bounded: past <see cref="Capacity"/> distinct values a string is kept as given.
/// </summary>
public static class SharedStrings
{
    public const int Capacity = 100_000;
    private const int LongestShared = 64;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Of(string value)
    {
        if (value.Length > LongestShared)
        {
            return value;
        }
        if (Pool.TryGetValue(value, out var shared))
        {
            return shared;
        }
        return Pool.Count < Capacity ? Pool.GetOrAdd(value, value) : value;
    }
}
