-- The open tasks gauge (cg.tasks.open) counts every 15 s: a small index of the open ones keeps that an index-only count.
CREATE INDEX task_open ON collection.task (project_id) WHERE closed_at IS NULL;
