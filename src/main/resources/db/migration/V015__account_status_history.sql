-- Status changes of accounts (payments, promises, plans, settlements): the case timeline
-- shows them; the audit log holds the same facts hash-chained.
create table account_status_change (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  changed_at timestamp with time zone not null,
  actor varchar(60) not null,
  from_status varchar(20) not null,
  to_status varchar(20) not null,
  reason varchar(500),
  primary key (tenant_id, id)
);
create index ix_account_status_change on account_status_change (tenant_id, account_id, changed_at);
