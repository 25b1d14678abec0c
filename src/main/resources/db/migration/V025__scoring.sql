-- Propensity to pay (issue 5 §4): model versions trained on the tenant's own history, with
-- their training window, metrics and band cut points, and each open account's latest score
-- with its top reasons.
create table scoring_model (
  tenant_id uuid not null,
  id uuid not null,
  version int not null,
  trainer varchar(60) not null,
  trained_by varchar(60) not null,
  trained_at timestamp with time zone not null,
  snapshot_from date not null,
  snapshot_to date not null,
  label_share numeric(5, 4) not null,
  rows_total int not null,
  positives int not null,
  metrics text not null,
  band_cuts varchar(200) not null,
  model bytea not null,
  primary key (tenant_id, id),
  constraint uq_scoring_model_version unique (tenant_id, version)
);

create table account_score (
  tenant_id uuid not null,
  account_id uuid not null,
  model_version int not null,
  probability numeric(6, 5) not null,
  band varchar(4) not null,
  reasons varchar(600) not null,
  scored_at timestamp with time zone not null,
  primary key (tenant_id, account_id)
);
create index ix_account_score_band on account_score (tenant_id, band);
