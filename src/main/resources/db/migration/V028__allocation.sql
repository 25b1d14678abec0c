-- Allocation (issue 5 §6): manual assignments pin an account to its agent (the run
-- respects them); every allocation run keeps its figures per agent and team, and an
-- explanation per account for the latest runs.
alter table work_assignment add column pinned boolean default false not null;

create table allocation_policy (
  tenant_id uuid not null,
  fairness_band numeric(4, 3) not null,
  keep_continuity boolean not null,
  unscored_propensity numeric(4, 3) not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id)
);

create table allocation_run (
  tenant_id uuid not null,
  id uuid not null,
  strategy_run_id uuid,
  run_date date not null,
  requested_by varchar(60) not null,
  started_at timestamp with time zone not null,
  finished_at timestamp with time zone not null,
  fairness_band numeric(4, 3) not null,
  keep_continuity boolean not null,
  accounts_open bigint not null,
  needing_person bigint not null,
  considered int not null,
  placed int not null,
  added int not null,
  moved int not null,
  kept int not null,
  released int not null,
  skipped_leased int not null,
  unassigned int not null,
  waiting bigint not null,
  agents int not null,
  capacity bigint not null,
  primary key (tenant_id, id),
  constraint uq_allocation_strategy_run unique (tenant_id, strategy_run_id)
);
create index ix_allocation_run_started on allocation_run (tenant_id, started_at desc);

create table allocation_agent (
  tenant_id uuid not null,
  run_id uuid not null,
  agent_username varchar(60) not null,
  team varchar(40) not null,
  cases int not null,
  balance numeric(19, 2) not null,
  expected_value numeric(19, 2) not null,
  capacity int not null,
  hours_share numeric(5, 4) not null,
  status varchar(12) not null,
  reasons varchar(400) not null,
  notes varchar(2000) not null,
  primary key (tenant_id, run_id, agent_username)
);

create table allocation_team (
  tenant_id uuid not null,
  run_id uuid not null,
  team varchar(40) not null,
  mean numeric(19, 2) not null,
  low numeric(19, 2) not null,
  high numeric(19, 2) not null,
  moves int not null,
  gaps varchar(2000) not null,
  primary key (tenant_id, run_id, team)
);

create table allocation_line (
  tenant_id uuid not null,
  run_id uuid not null,
  account_id uuid not null,
  agent_username varchar(60),
  previous_agent varchar(60),
  reason varchar(30) not null,
  detail varchar(600) not null,
  balance numeric(19, 2) not null,
  expected_value numeric(19, 2) not null,
  primary key (tenant_id, run_id, account_id)
);
create index ix_allocation_line_agent on allocation_line (tenant_id, run_id, agent_username);
