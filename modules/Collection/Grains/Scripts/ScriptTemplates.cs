using System.Globalization;
using Fluid;

namespace CollectionGrains.Collection.Scripts;

/// <summary>
/// Scripts' wordings are Liquid templates (Fluid): a template is checked when saved, and rendered with the values of one
/// household. Only the named values are given to a template; it reaches nothing else.
/// </summary>
internal static class ScriptTemplates
{
    public static readonly IReadOnlyList<string> Placeholders = ["owner", "amount", "months", "payLink", "project", "collector"];

    private static readonly FluidParser Parser = new();

    public static void Validate(ScriptDraft draft)
    {
        Cases.CaseInput.RequireId(draft.ScriptId, "scriptId");
        Cases.CaseInput.RequireText(draft.Title, "title", 100);
        Cases.CaseInput.RequireText(draft.Body, "body", 4000);
        if (!Enum.IsDefined(draft.Method))
        {
            throw CollectionRejectedException.BadInput("unknown method");
        }
        if (!Parser.TryParse(draft.Body, out _, out var error))
        {
            throw CollectionRejectedException.BadInput($"the script's wording is not a valid template: {error}");
        }
    }

    public static string Render(string body, ScriptValues values)
    {
        if (!Parser.TryParse(body, out var template, out var error))
        {
            throw CollectionRejectedException.BadInput($"the script's wording is not a valid template: {error}");
        }
        var context = new TemplateContext();
        context.SetValue("owner", values.Owner);
        context.SetValue("amount", values.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture));
        context.SetValue("months", values.Months);
        context.SetValue("payLink", values.PayLink);
        context.SetValue("project", values.Project);
        context.SetValue("collector", values.Collector);
        return template.Render(context);
    }
}
