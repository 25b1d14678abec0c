-- Append-only, hash-chained audit log; one chain per tenant, its head row serialises appends.
create table audit_chain (
  tenant_id uuid primary key,
  last_seq bigint not null,
  last_hash varchar(64) not null
);

create table audit_entry (
  tenant_id uuid not null,
  seq bigint not null,
  at timestamp with time zone not null,
  actor varchar(60) not null,
  action varchar(60) not null,
  entity_type varchar(60) not null,
  entity_id varchar(100) not null,
  details varchar(2000),
  prev_hash varchar(64) not null,
  hash varchar(64) not null,
  primary key (tenant_id, seq)
);
create index ix_audit_entity on audit_entry (tenant_id, entity_type, entity_id);
