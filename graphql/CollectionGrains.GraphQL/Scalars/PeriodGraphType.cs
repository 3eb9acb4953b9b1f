using CollectionGrains.Kernel;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>A billing period (账期), <c>yyyy-MM</c>.</summary>
internal sealed class PeriodGraphType() : TextScalarGraphType<Period>("Period", "yyyy-MM", "A billing period (账期), yyyy-MM (\"2026-11\").")
{
    protected override bool TryParse(string text, out Period value) => Period.TryParse(text, out value);

    protected override string Format(Period value) => value.ToString();
}
