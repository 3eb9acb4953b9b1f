namespace CollectionGrains.Organisation.RollUps;

/// <summary>The moment of the oldest change a node holds and has not passed on yet: what the roll-up lag is measured from.</summary>
internal sealed class EarliestChange
{
    private DateTimeOffset? _since;

    public void Note(DateTimeOffset? changedAt)
    {
        if (changedAt is { } at && (_since is null || at < _since))
        {
            _since = at;
        }
    }

    /// <summary>The moment noted, forgetting it: the caller passes it on (and notes it again if that fails).</summary>
    public DateTimeOffset? Take()
    {
        var since = _since;
        _since = null;
        return since;
    }
}
