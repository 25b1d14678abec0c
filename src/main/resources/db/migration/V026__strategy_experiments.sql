-- Champion / challenger (issue 5 §5): a challenger path for a random, stable share of one
-- segment's accounts; members remember their arm and their balance when they joined, so the
-- readout compares like with like.
create table strategy_experiment (
  tenant_id uuid not null,
  id uuid not null,
  name varchar(100) not null,
  segment_code varchar(40) not null,
  challenger_path varchar(40) not null,
  share numeric(4, 3) not null,
  status varchar(10) not null,
  started_by varchar(60) not null,
  started_at timestamp with time zone not null,
  stopped_at timestamp with time zone,
  primary key (tenant_id, id)
);
create index ix_strategy_experiment_status on strategy_experiment (tenant_id, status);

create table strategy_experiment_member (
  tenant_id uuid not null,
  experiment_id uuid not null,
  account_id uuid not null,
  arm varchar(10) not null,
  balance_at_start numeric(19, 2) not null,
  joined_at timestamp with time zone not null,
  primary key (tenant_id, experiment_id, account_id)
);
