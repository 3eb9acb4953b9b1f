using System.Reflection;

namespace CollectionGrains.Access.Rules;

/// <summary>
/// What a password must be before it is stored: 10 to 200 characters, not the username (nor containing it), and not on
/// the short list of well-known passwords shipped with the module (<c>common-passwords.txt</c>).
/// </summary>
internal static class PasswordPolicy
{
    public const int MinLength = 10;

    public const int MaxLength = 200;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>The first problem with the password, or null when it may be used.</summary>
    public static string? Problem(string password, string username)
    {
        if (password.Length < MinLength)
        {
            return $"密码至少 {MinLength} 位 (a password has at least {MinLength} characters)";
        }
        if (password.Length > MaxLength)
        {
            return $"密码最多 {MaxLength} 位 (a password has at most {MaxLength} characters)";
        }
        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            return "密码不能包含用户名 (a password must not contain the username)";
        }
        if (Common.Value.Contains(password.Trim()))
        {
            return "密码过于常见，请另选一个 (this password is on the list of well-known passwords)";
        }
        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CollectionGrains.Access.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }
        return words;
    }
}
