namespace CollectionGrains.Collection.Cases;

/// <summary>Checks of ids and texts a caller sends: the right length, no control characters.</summary>
internal static class CaseInput
{
    public const int MaxIdLength = 100;

    public static void RequireId(string? id, string name)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(char.IsControl))
        {
            throw CollectionRejectedException.BadInput($"{name} must be 1 to {MaxIdLength} characters without control characters");
        }
    }

    public static void RequireText(string? text, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CollectionRejectedException.BadInput($"{name} is required");
        }
        CheckOptional(text, name, maxLength);
    }

    public static void CheckOptional(string? text, string name, int maxLength)
    {
        if (text is not null && (text.Length > maxLength || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
        {
            throw CollectionRejectedException.BadInput($"{name} must be at most {maxLength} characters without control characters");
        }
    }
}
