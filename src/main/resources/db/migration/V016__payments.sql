-- Payments: postings with their allocation to the balance parts, reversals, write-offs after
-- settlements, credits, idempotency keys, payment files with their rows (unmatched rows wait
-- for manual matching) and the allocation order per creditor.
create table payment (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  creditor_id uuid not null,
  creditor_code varchar(40) not null,
  amount numeric(19, 2) not null,
  currency varchar(3) not null,
  paid_at timestamp with time zone not null,
  method varchar(30) not null,
  reference varchar(100),
  applied_penalty numeric(19, 2) not null,
  applied_fees numeric(19, 2) not null,
  applied_interest numeric(19, 2) not null,
  applied_principal numeric(19, 2) not null,
  credit numeric(19, 2) not null,
  balance_after numeric(19, 2) not null,
  status_before varchar(20) not null,
  status_after varchar(20) not null,
  source varchar(10) not null,
  import_id uuid,
  posted_by varchar(60) not null,
  posted_at timestamp with time zone not null,
  reversed_at timestamp with time zone,
  reversed_by varchar(60),
  reversal_reason varchar(500),
  primary key (tenant_id, id)
);
create index ix_payment_account on payment (tenant_id, account_id, paid_at);
create index ix_payment_posted on payment (tenant_id, posted_at);
create index ix_payment_reversed on payment (tenant_id, reversed_at);
create index ix_payment_creditor_reference on payment (tenant_id, creditor_code, reference);

-- A reference is unique per creditor: a plain unique key (partial unique indexes are
-- PostgreSQL-only), so a re-imported file or a retried call cannot post twice.
create table payment_reference (
  tenant_id uuid not null,
  creditor_id uuid not null,
  reference varchar(100) not null,
  payment_id uuid not null,
  primary key (tenant_id, creditor_id, reference)
);

-- The first answer to an Idempotency-Key, replayed for a retry with the same request.
create table payment_idempotency (
  tenant_id uuid not null,
  idempotency_key varchar(200) not null,
  request_hash varchar(64) not null,
  payment_id uuid not null,
  http_status int not null,
  response_body varchar(4000) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, idempotency_key)
);

-- Overpayments kept on the account.
create table account_credit (
  tenant_id uuid not null,
  account_id uuid not null,
  currency varchar(3) not null,
  amount numeric(19, 2) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, account_id)
);

-- The rest of a settled account written off: not a payment; once per settlement.
create table write_off (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  creditor_code varchar(40) not null,
  settlement_id uuid not null,
  amount numeric(19, 2) not null,
  currency varchar(3) not null,
  penalty numeric(19, 2) not null,
  fees numeric(19, 2) not null,
  interest numeric(19, 2) not null,
  principal numeric(19, 2) not null,
  reason varchar(500),
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_write_off_settlement unique (tenant_id, settlement_id)
);
create index ix_write_off_account on write_off (tenant_id, account_id);

-- The order in which a creditor's payments pay the balance parts (default penalty, fees,
-- interest, principal when no row exists).
create table payment_allocation_order (
  tenant_id uuid not null,
  creditor_code varchar(40) not null,
  part_order varchar(60) not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, creditor_code)
);

create table payment_import (
  tenant_id uuid not null,
  id uuid not null,
  creditor_code varchar(40) not null,
  file_name varchar(300) not null,
  checksum varchar(64) not null,
  rows_total int not null,
  rows_posted int not null,
  rows_duplicate int not null,
  rows_unmatched int not null,
  rows_error int not null,
  amount_posted numeric(19, 2) not null,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id)
);
create index ix_payment_import_created on payment_import (tenant_id, created_at);

-- One row of a payment file and what became of it: POSTED, DUPLICATE, UNMATCHED (waits for
-- manual matching; MATCHED once posted by hand) or ERROR.
create table payment_import_row (
  tenant_id uuid not null,
  id uuid not null,
  import_id uuid not null,
  row_no int not null,
  creditor_code varchar(40) not null,
  creditor_ref varchar(80),
  amount numeric(19, 2),
  paid_at timestamp with time zone,
  reference varchar(100),
  method varchar(30),
  outcome varchar(12) not null,
  message varchar(500),
  payment_id uuid,
  created_at timestamp with time zone not null,
  resolved_by varchar(60),
  resolved_at timestamp with time zone,
  primary key (tenant_id, id),
  constraint uq_payment_import_row unique (tenant_id, import_id, row_no)
);
create index ix_payment_import_row_outcome on payment_import_row (tenant_id, outcome, created_at);
create index ix_payment_import_row_reference on payment_import_row (tenant_id, creditor_code, reference);
