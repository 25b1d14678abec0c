-- Complaints (投诉): taken in from any channel, linked to an account and, where known, the
-- agent concerned; SLA deadlines are computed at intake in the tenant's zone (business
-- days, Monday to Friday, no holiday calendar) and stored.
create table complaint (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  agent_username varchar(60),
  intake_channel varchar(12) not null,
  category varchar(30) not null,
  external_ref varchar(100),
  complainant varchar(200),
  summary varchar(4000) not null,
  state varchar(15) not null,
  received_at timestamp with time zone not null,
  ack_due_at timestamp with time zone not null,
  resolve_due_at timestamp with time zone not null,
  acknowledged_by varchar(60),
  acknowledged_at timestamp with time zone,
  investigation_by varchar(60),
  investigation_at timestamp with time zone,
  resolved_by varchar(60),
  resolved_at timestamp with time zone,
  outcome varchar(20),
  root_cause varchar(1000),
  remedy varchar(1000),
  resolution varchar(4000),
  hold_id uuid,
  ack_escalated_at timestamp with time zone,
  resolve_escalated_at timestamp with time zone,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_complaint_external unique (tenant_id, external_ref)
);
create index ix_complaint_state on complaint (tenant_id, state, received_at);
create index ix_complaint_account on complaint (tenant_id, account_id, received_at);

-- Investigation notes: appended, never changed.
create table complaint_note (
  tenant_id uuid not null,
  id uuid not null,
  complaint_id uuid not null,
  author varchar(60) not null,
  written_at timestamp with time zone not null,
  body varchar(4000) not null,
  primary key (tenant_id, id)
);
create index ix_complaint_note on complaint_note (tenant_id, complaint_id, written_at);

-- A tenant's complaint deadlines in business days (defaults 1 and 15 when absent).
create table complaint_sla_setting (
  tenant_id uuid not null,
  ack_business_days int not null,
  resolve_business_days int not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id)
);
