namespace CollectionGrains.Collection;

/// <summary>催收分类: the outcome class of a contact, which sets how the household is followed up (DOMAIN.md).</summary>
public enum ContactClass
{
    /// <summary>近期交纳: promised to pay by a date.</summary>
    A_Promised,

    /// <summary>暂未明确: undecided, or no answer.</summary>
    B_Undecided,

    /// <summary>无法联系: dead or wrong number.</summary>
    C_Unreachable,

    /// <summary>异地出差/居住: away, living or working elsewhere.</summary>
    D_Away,

    /// <summary>特殊拒交: refuses, over the service.</summary>
    E_Refusing,
}
