namespace CollectionGrains.Collection.Scripts;

/// <summary>The script for a situation: same method; then the same class over one for any class; then the same grade over any.</summary>
internal static class ScriptMatch
{
    public static CollectionScript? Best(IEnumerable<CollectionScript> scripts, ContactMethod method, ContactClass? contactClass, Customers.Grade? grade) =>
        scripts.Where(s => s.Draft.Method == method
                && (s.Draft.Class is null || s.Draft.Class == contactClass)
                && (s.Draft.Grade is null || s.Draft.Grade == grade))
            .OrderByDescending(s => s.Draft.Class is not null)
            .ThenByDescending(s => s.Draft.Grade is not null)
            .ThenBy(s => s.ScriptId, StringComparer.Ordinal)
            .FirstOrDefault();
}
