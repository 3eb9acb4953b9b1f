namespace CollectionGrains.GraphQL.Scalars;

/// <summary>
/// What any text from a client must be before it reaches a grain: no control characters but tab and line breaks
/// (none at all in an id), no unpaired UTF-16 surrogates, and an id no longer than <see cref="MaxIdLength"/>.
/// PostgreSQL refuses a NUL byte; a request carrying one must be a clear BAD_USER_INPUT, not a failure to retry.
/// </summary>
internal static class InputText
{
    public const int MaxIdLength = 200;

    public static string Checked(string text, bool isId)
    {
        if (isId && text.Length > MaxIdLength)
        {
            throw new FormatException($"an ID is at most {MaxIdLength} characters; this one has {text.Length}");
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new FormatException($"text holds an unpaired UTF-16 surrogate (U+{(int)c:X4}) at position {i}");
            }
            else if (char.IsControl(c) && (isId || c is not ('\t' or '\n' or '\r')))
            {
                throw new FormatException($"{(isId ? "an ID" : "text")} must not hold the control character U+{(int)c:X4} (position {i})");
            }
        }
        return text;
    }
}
