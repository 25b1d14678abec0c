-- Live contacts the door refused: what the dashboard counts by rule (the audit log keeps them too).
create table contact_block (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  debtor_id uuid not null,
  channel varchar(10) not null,
  party varchar(12) not null,
  contact_point_id uuid,
  attempted_at timestamp with time zone not null,
  rules varchar(500) not null,
  blocked_by varchar(60) not null,
  primary key (tenant_id, id)
);
create index ix_block_time on contact_block (tenant_id, attempted_at);
create index ix_ledger_recorded on contact_ledger (tenant_id, recorded_at);
