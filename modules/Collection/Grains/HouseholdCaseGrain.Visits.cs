using CollectionGrains.Collection.Visits;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection;

/// <summary>Visit proof (防作弊): the household's door code, the checks of a visit's evidence, its photo and its review.</summary>
internal sealed partial class HouseholdCaseGrain
{
    public Task<ContactRecord> ReviewVisitAsync(string contactId, bool cheating, string? note, CollectionActor actor) =>
        ChangeAsync(@case => @case.ReviewVisit(contactId, cheating, note, actor, clock.Now));

    public async Task<VisitPhoto?> GetVisitPhotoAsync(string contactId) =>
        state.State.Contacts.Find(c => c.ContactId == contactId) is { VisitCheck.PhotoValid: true, Request.Visit.PhotoSha256: { } sha256 }
            ? await photos.ReadAsync(sha256)
            : null;

    public Task<string> GetDoorCodeAsync() =>
        Task.FromResult(new DoorToken(HouseholdId, state.State.DoorCodeGeneration).Sign(settings.DoorSigningKeys));

    public async Task<string> RevokeDoorCodeAsync(CollectionActor actor)
    {
        await ChangeAsync(@case => @case.RevokeDoorCode(actor));
        return await GetDoorCodeAsync();
    }

    /// <summary>
    /// Checks a new visit's evidence against the household's door code, its building's coordinates and the project's
    /// radius; a forged code is refused (nothing recorded). A photo that passes is stored before the visit is recorded.
    /// </summary>
    private async Task<VisitCheck> CheckVisitAsync(string contactId, VisitEvidence evidence, string buildingId, CollectionPolicy policy)
    {
        if (VisitProof.InputProblem(evidence) is { } problem)
        {
            throw CollectionRejectedException.BadInput(problem);
        }
        var token = DoorToken.Read(evidence.QrToken.Trim(), settings.DoorSigningKeys)
            ?? throw CollectionRejectedException.BadInput("the scanned code is not a door code of this system (forged or damaged): nothing was recorded");
        var location = (await GrainFactory.GetGrain<IOrgNodeGrain>(buildingId).GetAsync())?.Info.Location;
        var check = VisitProof.Check(HouseholdId, token, state.State.DoorCodeGeneration, evidence,
            location is { Latitude: { } latitude, Longitude: { } longitude } ? (latitude, longitude) : null, policy.VisitRadiusMetres, contactId);
        if (check.PhotoValid)
        {
            var kept = evidence.Kept();
            await photos.SaveAsync(kept.PhotoSha256!, PhotoFormat.ContentType(evidence.Photo)!, evidence.Photo!);
        }
        return check;
    }
}
