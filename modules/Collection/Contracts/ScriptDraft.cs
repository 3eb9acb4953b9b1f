namespace CollectionGrains.Collection;

/// <summary>
/// A script (话术) to save: the situation it is for (method, and optionally class and grade), a title, and its wording as
/// a Liquid template with the placeholders <c>{{ owner }}</c>, <c>{{ amount }}</c>, <c>{{ months }}</c>,
/// <c>{{ payLink }}</c>, <c>{{ project }}</c> and <c>{{ collector }}</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ScriptDraft")]
public sealed record ScriptDraft(
    [property: Id(0)] string ScriptId,
    [property: Id(1)] string Title,
    [property: Id(2)] ContactMethod Method,
    [property: Id(3)] ContactClass? Class,
    [property: Id(4)] Customers.Grade? Grade,
    [property: Id(5)] string Body);
