using Npgsql;
using NpgsqlTypes;
using static CollectionGrains.Hosting.Journal.BatchCommands;

namespace CollectionGrains.Collection.Journal;

/// <summary>Visits with their checks and review (collection.visit): a row is replaced by the case's latest word.</summary>
internal sealed partial class CaseJournalBatch
{
    private IEnumerable<NpgsqlBatchCommand> VisitCommands()
    {
        var latest = Visits.GroupBy(v => (v.HouseholdId, v.Contact.ContactId)).Select(g => g.Last())
            .Select(v => (v.HouseholdId, v.ProjectId, v.BuildingId, C: v.Contact, E: v.Contact.Request.Visit!, K: v.Contact.VisitCheck!)).ToList();
        if (latest.Count == 0)
        {
            yield break;
        }
        yield return Command("""
            INSERT INTO collection.visit (household_id, contact_id, project_id, building_id, collector, visited_at, latitude, longitude, accuracy_m,
                distance_m, token_valid, within_radius, photo_valid, photo_sha256, problems, flagged, sampled, cheating, review_note, reviewed_by, reviewed_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::numeric[], $8::numeric[], $9::numeric[],
                $10::numeric[], $11::bool[], $12::bool[], $13::bool[], $14::text[], $15::text[], $16::bool[], $17::bool[], $18::bool[], $19::text[],
                $20::text[], $21::timestamptz[])
            ON CONFLICT (household_id, contact_id) DO UPDATE SET cheating = excluded.cheating, review_note = excluded.review_note,
                reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at
            """, Column(latest, v => v.HouseholdId), Column(latest, v => v.C.ContactId), Column(latest, v => v.ProjectId), Column(latest, v => v.BuildingId),
            Column(latest, v => v.C.Collector), Column(latest, v => v.C.At.UtcDateTime), Column(latest, v => v.E.Latitude), Column(latest, v => v.E.Longitude),
            Column(latest, v => v.E.Accuracy), NullableColumn(latest, v => v.K.DistanceMetres, NpgsqlDbType.Numeric), Column(latest, v => v.K.TokenValid),
            Column(latest, v => v.K.WithinRadius), Column(latest, v => v.K.PhotoValid), NullableColumn(latest, v => v.K.PhotoValid ? v.E.PhotoSha256 : null, NpgsqlDbType.Text),
            Column(latest, v => string.Join("；", v.K.Problems)), Column(latest, v => v.K.Flagged), Column(latest, v => v.K.Sampled),
            NullableColumn(latest, v => v.K.Review?.Cheating, NpgsqlDbType.Boolean), NullableColumn(latest, v => v.K.Review?.Note, NpgsqlDbType.Text),
            NullableColumn(latest, v => v.K.Review?.ReviewedBy, NpgsqlDbType.Text),
            NullableColumn(latest, v => v.K.Review?.ReviewedAt.UtcDateTime, NpgsqlDbType.TimestampTz));
    }
}
