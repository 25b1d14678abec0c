-- Tasks and reminders of casework: callbacks, follow-ups, document requests, custom tasks,
-- and system tasks (a promise due today, a broken promise, a missed plan installment).
-- System tasks carry the arrangement and its due date: the unique key makes the daily job
-- and the event listeners idempotent (a rerun or a second node inserts nothing new).
create table casework_task (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  task_type varchar(20) not null,
  title varchar(200),
  due_at timestamp with time zone not null,
  priority varchar(6) not null,
  assignee varchar(60) not null,
  status varchar(10) not null,
  arrangement_id uuid,
  arrangement_due date,
  contact_id uuid,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  done_by varchar(60),
  done_at timestamp with time zone,
  primary key (tenant_id, id),
  constraint uq_task_arrangement unique (tenant_id, task_type, arrangement_id, arrangement_due)
);
-- "my tasks" and the badge: open tasks of one person by due time
create index ix_task_assignee on casework_task (tenant_id, assignee, status, due_at);
-- the timeline and the case view: one account's tasks
create index ix_task_account on casework_task (tenant_id, account_id, created_at);
create index ix_task_account_done on casework_task (tenant_id, account_id, done_at);

-- Case notes written on the case view (not tied to a contact); scanned like contact notes.
create table casework_note (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  body varchar(4000) not null,
  findings varchar(200),
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id)
);
create index ix_note_account on casework_note (tenant_id, account_id, created_at);
