using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using Fluid.Values;

namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// Notice wordings are Liquid templates (Fluid, as the scripts are) rendered to the notice markup. A template sees only
/// the values it is given (<see cref="NoticeModel"/>) and one filter, <c>yuan</c> (¥1,234.50; <c>yuan: 0</c> rounds
/// to whole yuan). The built-in wordings are version 0.
/// </summary>
internal static class NoticeTemplates
{
    public const int MaxLength = 8000;
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);

    public static NoticeTemplate BuiltIn(NoticeKind kind)
    {
        using var stream = typeof(NoticeTemplates).Assembly.GetManifestResourceStream($"notices/{kind}.liquid")
            ?? throw new InvalidOperationException($"no built-in wording for {kind}");
        return new NoticeTemplate(kind, 0, new StreamReader(stream).ReadToEnd(), null, null);
    }

    /// <summary>What is wrong with a wording, or null: it must parse and render for a sample household.</summary>
    public static string? Problem(NoticeKind kind, string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxLength)
        {
            return $"the wording must be 1 to {MaxLength} characters";
        }
        if (!Parser.TryParse(body, out _, out var error))
        {
            return $"the wording is not a valid template: {error}";
        }
        try
        {
            Render(body, NoticeModel.Sample(kind));
            return null;
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ArgumentException)
        {
            return $"the wording does not render: {e.Message}";
        }
    }

    public static string Render(string body, IReadOnlyDictionary<string, object?> model)
    {
        var template = Parsed.GetOrAdd(body, text => Parser.TryParse(text, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"the wording is not a valid template: {error}"));
        var context = new TemplateContext(Options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }
        return template.Render(context);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture, MaxRecursion = 10, MaxSteps = 200_000 };
        options.Filters.AddFilter("yuan", (input, arguments, _) =>
        {
            var amount = input.ToNumberValue();
            var digits = arguments.Count > 0 ? (int)Math.Clamp(arguments.At(0).ToNumberValue(), 0, 2) : 2;
            var rounded = Math.Round(amount, digits, MidpointRounding.AwayFromZero);
            return new StringValue("¥" + rounded.ToString(digits == 0 ? "#,##0" : "#,##0." + new string('0', digits), CultureInfo.InvariantCulture));
        });
        return options;
    }
}
