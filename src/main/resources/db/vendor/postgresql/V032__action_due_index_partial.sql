-- The dispatcher reads only the actions that wait to be handed on (outbox, deferred, task pending). Call-queue actions
-- (QUEUED: about half of what a first run writes) and handed-on ones never need this index, so it leaves them out:
-- the strategy run's COPY of a million actions maintains an index over half of them.
drop index ix_strategy_action_due;
create index ix_strategy_action_due on strategy_action (tenant_id, planned_for)
    where status in ('OUTBOX', 'DEFERRED', 'TASK_PENDING');
