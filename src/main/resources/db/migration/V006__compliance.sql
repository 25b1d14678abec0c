-- The contact ledger: every contact with a debtor or a third party, written only by the
-- compliance module's door. Rules read it by debtor and time, so that is its main index.
create table contact_ledger (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  debtor_id uuid not null,
  channel varchar(10) not null,
  direction varchar(10) not null,
  party varchar(12) not null,
  contact_point_id uuid,
  started_at timestamp with time zone not null,
  outcome varchar(30) not null,
  duration_seconds int,
  notes varchar(4000),
  consent_to_call_until timestamp with time zone,
  collectors int,
  reported boolean not null,
  violations varchar(500),
  external_id varchar(100),
  recorded_by varchar(60) not null,
  recorded_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_contact_external unique (tenant_id, external_id)
);
create index ix_ledger_debtor_time on contact_ledger (tenant_id, debtor_id, started_at);
create index ix_ledger_account_time on contact_ledger (tenant_id, account_id, started_at);
create index ix_ledger_point on contact_ledger (tenant_id, contact_point_id);

-- One row per debtor that has been contacted: recording a contact locks it so that two
-- agents cannot both use the last allowed attempt.
create table contact_lock (
  tenant_id uuid not null,
  debtor_id uuid not null,
  primary key (tenant_id, debtor_id)
);

create table account_hold (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  hold_type varchar(20) not null,
  contact_point_id uuid,
  channel varchar(10),
  reason varchar(500) not null,
  placed_by varchar(60) not null,
  placed_at timestamp with time zone not null,
  lifted_by varchar(60),
  lifted_at timestamp with time zone,
  lift_reason varchar(500),
  primary key (tenant_id, id)
);
create index ix_hold_account on account_hold (tenant_id, account_id, lifted_at);

create table compliance_alert (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  contact_id uuid,
  kind varchar(30) not null,
  rules varchar(500) not null,
  detail varchar(1000) not null,
  created_at timestamp with time zone not null,
  status varchar(12) not null,
  closed_by varchar(60),
  closed_at timestamp with time zone,
  primary key (tenant_id, id)
);
create index ix_alert_status on compliance_alert (tenant_id, status, created_at);

-- A tenant's tightenings of a rule pack: numbers that may only be stricter than the pack's.
create table compliance_setting (
  tenant_id uuid not null,
  pack varchar(2) not null,
  setting varchar(60) not null,
  setting_value varchar(40) not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, pack, setting)
);
