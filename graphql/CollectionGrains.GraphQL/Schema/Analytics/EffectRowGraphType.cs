using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class EffectRowGraphType : ObjectGraphType<EffectRow>
{
    public EffectRowGraphType()
    {
        Name = "EffectRow";
        Description = "催收效果 of one group of contacts.";
        Field<NonNullGraphType<StringGraphType>>("key").Allow(FieldAccess.Readers)
            .Description("The collector's username, the method (as stored: Phone, Visit …), the script and version (\"首轮 v2\", empty for none) or the child node's id.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Allow(FieldAccess.Readers).Description("What to show: 电话, 无话术, the node's name …").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("contacts").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<DecimalGraphType>>("paidWithin7Days").Allow(FieldAccess.Readers)
            .Description("Share of the contacts (0 to 1) after which the household paid within 7 days.").Resolve(c => c.Source.PaidWithin7Days);
        Field<NonNullGraphType<DecimalGraphType>>("paidWithin30Days").Allow(FieldAccess.Readers)
            .Description("Share of the contacts (0 to 1) after which the household paid within 30 days.").Resolve(c => c.Source.PaidWithin30Days);
        Field<NonNullGraphType<MoneyGraphType>>("recovered").Allow(FieldAccess.Readers)
            .Description("What payments settled on bills, each counted once for the household's last contact in the 30 days before it.").Resolve(c => c.Source.Recovered);
        Field<NonNullGraphType<MoneyGraphType>>("recoveredPerContact").Allow(FieldAccess.Readers).Resolve(c => c.Source.RecoveredPerContact);
        Field<DecimalGraphType>("medianDaysToPayment").Allow(FieldAccess.Readers)
            .Description("From the contact to the payment attributed to it; null when none was.").Resolve(c => c.Source.MedianDaysToPayment);
        Field<NonNullGraphType<IntGraphType>>("promisesKept").Allow(FieldAccess.Readers).Resolve(c => c.Source.PromisesKept);
    }
}
