-- Creditors, placements, debtors, contact points, accounts, column mappings and the import staging area.
create table creditor (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  code varchar(40) not null,
  name varchar(200) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_creditor_code unique (tenant_id, code)
);

create table placement (
  tenant_id uuid not null,
  id uuid not null,
  creditor_id uuid not null,
  received_date date not null,
  file_name varchar(300) not null,
  checksum varchar(64) not null,
  -- equals checksum only for a COMPLETED placement: the same file cannot complete twice for a creditor
  completed_checksum varchar(64),
  status varchar(20) not null,
  mode varchar(10) not null,
  rows_total int not null,
  rows_accepted int not null,
  rows_rejected int not null,
  accounts_created int not null,
  accounts_updated int not null,
  debtors_created int not null,
  debtors_matched int not null,
  total_balance numeric(19, 2) not null,
  warnings varchar(4000),
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, creditor_id) references creditor (tenant_id, id),
  constraint uq_placement_file unique (tenant_id, creditor_id, completed_checksum)
);
create index ix_placement_created on placement (tenant_id, created_at);

create table placement_error (
  tenant_id uuid not null,
  placement_id uuid not null,
  seq int not null,
  row_no int not null,
  column_name varchar(60),
  code varchar(40) not null,
  message varchar(500) not null,
  primary key (tenant_id, placement_id, seq)
);

create table debtor (
  tenant_id uuid not null,
  id uuid not null,
  debtor_type varchar(10) not null,
  name varchar(200) not null,
  national_id_enc varchar(200),
  national_id_hash varchar(64),
  national_id_last4 varchar(4),
  birth_date date,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id)
);
create index ix_debtor_nid on debtor (tenant_id, national_id_hash);
create index ix_debtor_nid4 on debtor (tenant_id, national_id_last4);

create table contact_point (
  tenant_id uuid not null,
  id uuid not null,
  debtor_id uuid not null,
  kind varchar(10) not null,
  contact_value varchar(500) not null,
  phone_type varchar(40),
  time_zones varchar(4000),
  country varchar(2),
  province varchar(100),
  city varchar(100),
  valid boolean not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, debtor_id) references debtor (tenant_id, id),
  constraint uq_contact_point unique (tenant_id, debtor_id, kind, contact_value)
);
create index ix_contact_value on contact_point (tenant_id, contact_value);

create table account (
  tenant_id uuid not null,
  id uuid not null,
  creditor_id uuid not null,
  creditor_ref varchar(80) not null,
  debtor_id uuid not null,
  placement_id uuid not null,
  product varchar(60),
  currency varchar(3) not null,
  principal numeric(19, 2) not null,
  interest numeric(19, 2) not null,
  fees numeric(19, 2) not null,
  penalty numeric(19, 2) not null,
  original_amount numeric(19, 2),
  first_delinquency_date date not null,
  charge_off_date date,
  last_payment_date date,
  last_payment_amount numeric(19, 2),
  status varchar(20) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, creditor_id) references creditor (tenant_id, id),
  foreign key (tenant_id, debtor_id) references debtor (tenant_id, id),
  constraint uq_account_ref unique (tenant_id, creditor_id, creditor_ref)
);
create index ix_account_debtor on account (tenant_id, debtor_id);

create table column_mapping (
  tenant_id uuid not null,
  id uuid not null,
  creditor_id uuid not null,
  name varchar(100) not null,
  mapping varchar(4000) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, creditor_id) references creditor (tenant_id, id),
  constraint uq_column_mapping unique (tenant_id, creditor_id, name)
);

-- Staging: rows of one import, written and applied inside the import's single transaction.
create table import_row (
  import_id uuid not null,
  row_no int not null,
  creditor_ref varchar(80) not null,
  debtor_type varchar(10) not null,
  debtor_name varchar(200) not null,
  national_id_enc varchar(200),
  national_id_hash varchar(64),
  national_id_last4 varchar(4),
  birth_date date,
  debtor_key uuid not null,
  phone_key varchar(40),
  product varchar(60),
  currency varchar(3) not null,
  principal numeric(19, 2) not null,
  interest numeric(19, 2) not null,
  fees numeric(19, 2) not null,
  penalty numeric(19, 2) not null,
  original_amount numeric(19, 2),
  first_delinquency_date date not null,
  charge_off_date date,
  last_payment_date date,
  last_payment_amount numeric(19, 2),
  new_account_id uuid not null,
  account_id uuid,
  debtor_id uuid,
  debtor_existed boolean not null default false,
  primary key (import_id, row_no)
);

create table import_contact (
  import_id uuid not null,
  row_no int not null,
  seq int not null,
  id uuid not null,
  kind varchar(10) not null,
  contact_value varchar(500) not null,
  phone_type varchar(40),
  time_zones varchar(4000),
  country varchar(2),
  province varchar(100),
  city varchar(100),
  primary key (import_id, row_no, seq)
);
