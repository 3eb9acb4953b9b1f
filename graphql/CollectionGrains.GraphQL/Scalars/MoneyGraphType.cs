using System.Globalization;
using System.Text.RegularExpressions;

namespace CollectionGrains.GraphQL.Scalars;

/// <summary>Money: a decimal string with at most two places in, exactly two out (<c>"1234.50"</c>). No exponents, no floats.</summary>
internal sealed partial class MoneyGraphType() : TextScalarGraphType<decimal>(
    "Money", "like \"1234.50\" (digits, at most two decimal places)",
    "An amount of yuan as a decimal string: at most two decimal places on input, exactly two on output (\"1234.50\").")
{
    protected override bool TryParse(string text, out decimal value)
    {
        value = 0;
        return MoneyText().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    protected override string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?[0-9]{1,15}(\.[0-9]{1,2})?$")]
    private static partial Regex MoneyText();
}
