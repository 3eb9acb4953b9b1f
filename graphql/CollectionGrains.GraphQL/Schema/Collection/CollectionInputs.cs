using System.Globalization;
using GraphQL;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Errors;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>Reading the collection mutations' inputs: texts of sane length, id lists, contact windows.</summary>
internal static class CollectionInputs
{
    public static Dictionary<string, object?> Input(IResolveFieldContext context) => context.GetArgument<Dictionary<string, object?>>("input");

    public static string Text(Dictionary<string, object?> input, string field, int maxLength = 200) =>
        input.GetValueOrDefault(field) is string text && !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength
            ? text
            : throw ApiError.BadInput($"{field} must be 1 to {maxLength} characters");

    public static string? OptionalText(Dictionary<string, object?> input, string field, int maxLength) =>
        input.GetValueOrDefault(field) switch
        {
            null => null,
            string text when text.Length <= maxLength => text,
            _ => throw ApiError.BadInput($"{field} must be at most {maxLength} characters"),
        };

    public static IReadOnlyList<string> Ids(Dictionary<string, object?> input, string field) =>
        (input.GetValueOrDefault(field) as IEnumerable<object?>)?.Select(id => id as string ?? throw ApiError.BadInput($"{field} holds an empty id")).ToList() ?? [];

    /// <summary>The grade treatments given (null when left out; an empty list goes back to the standard).</summary>
    public static IReadOnlyList<GradeTreatment>? Treatments(Dictionary<string, object?> input) =>
        input.GetValueOrDefault("gradeTreatments") is IEnumerable<object?> given
            ? [.. given.Cast<Dictionary<string, object?>>().Select(t => new GradeTreatment((CollectionGrains.Customers.Grade)t["grade"]!, (ContactMethod)t["firstMethod"]!, (int)t["weeklyMinimum"]!))]
            : null;

    public static IReadOnlyList<ContactWindow>? Windows(Dictionary<string, object?> input, string field) =>
        (input.GetValueOrDefault(field) as IEnumerable<object?>)?.Cast<Dictionary<string, object?>>()
            .Select(w => new ContactWindow(Time(w, "start"), Time(w, "end"))).ToList();

    /// <summary>The contact an input describes; without <c>at</c> its time is left for the case to fill (now), so a retry is the same contact.</summary>
    public static ContactRequest Contact(Dictionary<string, object?> input) => new(
        Text(input, "contactId", 100),
        (ContactMethod)input["method"]!,
        (ContactClass)input["outcome"]!,
        (DateTimeOffset?)input.GetValueOrDefault("at") ?? default,
        (bool?)input.GetValueOrDefault("answered") ?? true,
        (DateOnly?)input.GetValueOrDefault("promisedDate"),
        (decimal?)input.GetValueOrDefault("promisedAmount"),
        input.GetValueOrDefault("reason") is Dictionary<string, object?> reason
            ? new ArrearsReason((ArrearsReasonCategory)reason["category"]!, OptionalText(reason, "text", 500))
            : null,
        OptionalText(input, "scriptId", 100),
        OptionalText(input, "channel", 50),
        OptionalText(input, "notes", 2000),
        (bool?)input.GetValueOrDefault("overrideCaps") ?? false,
        input.GetValueOrDefault("visit") is Dictionary<string, object?> visit ? Visit(visit) : null);

    private static VisitEvidence Visit(Dictionary<string, object?> visit) =>
        new(Text(visit, "qrToken", 600), (decimal)visit["latitude"]!, (decimal)visit["longitude"]!, (decimal)visit["accuracy"]!, Image(visit["photo"] as string ?? "", "visit.photo"));

    /// <summary>An image sent as base64, or as a data: URL from a browser's canvas or file reader (its base64 part).</summary>
    public static byte[] Image(string text, string field)
    {
        var comma = text.StartsWith("data:", StringComparison.Ordinal) ? text.IndexOf(',', StringComparison.Ordinal) : -1;
        var base64 = comma >= 0 ? text[(comma + 1)..] : text;
        if (base64.Length > VisitEvidence.MaxPhotoBytes / 3 * 4 + 8)
        {
            throw ApiError.BadInput($"{field} is larger than {VisitEvidence.MaxPhotoBytes / 1024 / 1024} MiB");
        }
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) ? bytes[..length] : throw ApiError.BadInput($"{field} must be base64");
    }

    private static TimeOnly Time(Dictionary<string, object?> window, string field) =>
        window.GetValueOrDefault(field) is string text && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw ApiError.BadInput($"a window's {field} must be HH:mm, like 09:30");
}
