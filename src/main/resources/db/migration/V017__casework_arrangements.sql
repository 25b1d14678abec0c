-- Promises to pay, payment plans and settlements. "open_account_id" is the account id
-- while the arrangement is open (null once closed): the unique index keeps one open
-- promise, one open plan and one open settlement per account even under races.
create table promise (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  open_account_id uuid,
  status varchar(20) not null,
  amount numeric(19, 2) not null,
  currency varchar(3) not null,
  paid numeric(19, 2) not null,
  first_due date not null,
  last_due date not null,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  closed_at timestamp with time zone,
  close_reason varchar(500),
  primary key (tenant_id, id)
);
create unique index ux_promise_open on promise (tenant_id, open_account_id);
create index ix_promise_account on promise (tenant_id, account_id, created_at);
create index ix_promise_status on promise (tenant_id, status, first_due);

create table promise_installment (
  tenant_id uuid not null,
  promise_id uuid not null,
  seq int not null,
  amount numeric(19, 2) not null,
  due_date date not null,
  status varchar(20) not null,
  primary key (tenant_id, promise_id, seq)
);
create index ix_promise_installment_due on promise_installment (tenant_id, due_date);

create table payment_plan (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  open_account_id uuid,
  status varchar(20) not null,
  total numeric(19, 2) not null,
  currency varchar(3) not null,
  paid numeric(19, 2) not null,
  frequency varchar(20),
  installment_count int not null,
  first_due date not null,
  last_due date not null,
  missed int not null,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  closed_at timestamp with time zone,
  close_reason varchar(500),
  primary key (tenant_id, id)
);
create unique index ux_payment_plan_open on payment_plan (tenant_id, open_account_id);
create index ix_payment_plan_account on payment_plan (tenant_id, account_id, created_at);
create index ix_payment_plan_status on payment_plan (tenant_id, status);

create table plan_installment (
  tenant_id uuid not null,
  plan_id uuid not null,
  seq int not null,
  amount numeric(19, 2) not null,
  due_date date not null,
  status varchar(20) not null,
  primary key (tenant_id, plan_id, seq)
);
create index ix_plan_installment_due on plan_installment (tenant_id, due_date);

create table settlement (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  open_account_id uuid,
  creditor_code varchar(40) not null,
  status varchar(20) not null,
  amount numeric(19, 2) not null,
  currency varchar(3) not null,
  balance_at_request numeric(19, 2) not null,
  discount numeric(9, 6) not null,
  required_role varchar(20) not null,
  valid_until date not null,
  reason varchar(500) not null,
  requested_by varchar(60) not null,
  requester_team_id uuid,
  requested_at timestamp with time zone not null,
  decided_by varchar(60),
  decided_at timestamp with time zone,
  decision_reason varchar(500),
  closed_at timestamp with time zone,
  primary key (tenant_id, id)
);
create unique index ux_settlement_open on settlement (tenant_id, open_account_id);
create index ix_settlement_account on settlement (tenant_id, account_id, requested_at);
create index ix_settlement_status on settlement (tenant_id, status, valid_until);

-- What happened to each arrangement, for the case timeline and the history list.
create table arrangement_event (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  kind varchar(20) not null,
  arrangement_id uuid not null,
  event varchar(30) not null,
  amount numeric(19, 2),
  currency varchar(3),
  detail varchar(500),
  actor varchar(60) not null,
  occurred_at timestamp with time zone not null,
  primary key (tenant_id, id)
);
create index ix_arrangement_event_account on arrangement_event (tenant_id, account_id, occurred_at);

-- A tenant's own settlement approval limits (discount fractions per role).
create table casework_setting (
  tenant_id uuid not null,
  setting varchar(60) not null,
  setting_value varchar(200) not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, setting)
);

-- Which node runs a tenant's daily arrangement check for a business date: the first to
-- insert the row; a claim left unfinished for an hour may be taken over.
create table casework_job_claim (
  tenant_id uuid not null,
  job varchar(40) not null,
  run_date date not null,
  claimed_by varchar(100) not null,
  claimed_at timestamp with time zone not null,
  finished_at timestamp with time zone,
  primary key (tenant_id, job, run_date)
);
