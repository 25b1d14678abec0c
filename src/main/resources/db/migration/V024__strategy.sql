-- Strategy (issue 5): versioned segment tables and treatment paths, the run that applies
-- them to every open account, where each account stands on its path, and the actions the
-- run produced. Counts per run are kept exact by writing them in each chunk's transaction.
create table strategy_version (
  tenant_id uuid not null,
  id uuid not null,
  number int not null,
  name varchar(100) not null,
  effective_from date not null,
  status varchar(12) not null,
  definition text not null,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  published_by varchar(60),
  published_at timestamp with time zone,
  primary key (tenant_id, id),
  constraint uq_strategy_version_number unique (tenant_id, number)
);
create index ix_strategy_version_effective on strategy_version (tenant_id, status, effective_from);

create table strategy_run (
  tenant_id uuid not null,
  id uuid not null,
  status varchar(12) not null,
  version_id uuid not null,
  run_date date not null,
  trigger varchar(12) not null,
  requested_by varchar(60) not null,
  requested_at timestamp with time zone not null,
  started_at timestamp with time zone,
  finished_at timestamp with time zone,
  accounts_total bigint not null,
  accounts_processed bigint not null,
  cursor_account uuid,
  lease_owner varchar(100),
  lease_until timestamp with time zone,
  failures int not null,
  error varchar(2000),
  primary key (tenant_id, id)
);
create index ix_strategy_run_requested on strategy_run (tenant_id, requested_at);
create index ix_strategy_run_status on strategy_run (status, lease_until);

-- at most one run per tenant is queued or running: its id sits here while it is
create table strategy_run_slot (
  tenant_id uuid not null primary key,
  run_id uuid not null
);

create table strategy_run_count (
  tenant_id uuid not null,
  run_id uuid not null,
  kind varchar(10) not null,
  count_key varchar(60) not null,
  count_value bigint not null,
  primary key (tenant_id, run_id, kind, count_key)
);

create table account_strategy (
  tenant_id uuid not null,
  account_id uuid not null,
  segment_code varchar(40) not null,
  rule_index int not null,
  path_code varchar(40) not null,
  entered_on date not null,
  step_index int not null,
  last_step_on date,
  stage varchar(24) not null,
  paused_by varchar(20),
  priority numeric(7, 2) not null,
  priority_parts varchar(400) not null,
  run_id uuid not null,
  version_number int not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, account_id)
);

create table strategy_action (
  tenant_id uuid not null,
  id uuid not null,
  run_id uuid not null,
  account_id uuid not null,
  path_code varchar(40) not null,
  step_index int not null,
  stage varchar(24) not null,
  channel varchar(14) not null,
  template_code varchar(60),
  status varchar(12) not null,
  planned_for timestamp with time zone not null,
  attempts int not null,
  detail varchar(500),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  -- one action per account and run; `id` names it to others (the task it becomes)
  primary key (tenant_id, run_id, account_id)
);
create index ix_strategy_action_due on strategy_action (tenant_id, status, planned_for);
