-- Work queues: which agent works an account, at what priority, and who holds it now.
-- The lease lives on the assignment row so that "next" can lock candidates with
-- FOR UPDATE SKIP LOCKED on a single table (no outer join).
create table work_assignment (
  tenant_id uuid not null,
  account_id uuid not null,
  agent_username varchar(60) not null,
  assigned_by varchar(60) not null,
  assigned_at timestamp with time zone not null,
  priority numeric(19, 4) not null,
  priority_reasons varchar(500) not null,
  leased_by varchar(60),
  leased_until timestamp with time zone,
  primary key (tenant_id, account_id)
);
create index ix_work_agent on work_assignment (tenant_id, agent_username, priority desc);
