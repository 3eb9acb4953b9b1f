namespace CollectionGrains.Organisation;

/// <summary>A tree operation refused (bad input, unknown node, a move that would make a cycle); nothing changed.</summary>
[GenerateSerializer, Alias("organisation.OrganisationRejectedException")]
public sealed class OrganisationRejectedException : Exception
{
    public OrganisationRejectedException()
    {
    }

    public OrganisationRejectedException(string message) : base(message)
    {
    }

    public OrganisationRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
