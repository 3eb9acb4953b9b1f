using Microsoft.Extensions.Configuration;

namespace CollectionGrains.Hosting;

/// <summary>A numeric CG_* setting: its default when unset; a value that is not a positive whole number stops the start.</summary>
internal static class NumberSetting
{
    public static int Positive(IConfiguration configuration, string name, int whenUnset) =>
        configuration[name] is not { Length: > 0 } text ? whenUnset
        : int.TryParse(text, out var number) && number > 0 ? number
        : throw new InvalidOperationException($"{name} must be a positive whole number, not '{text}'");
}
