-- Quality assurance (质检): versioned scorecards, the weekly review queue and the reviews.

-- A tenant's QA settings: the share of each agent's weekly contacts sampled for review.
create table qa_setting (
  tenant_id uuid not null,
  sample_percent int not null,
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id)
);

-- A scorecard version; editing a scorecard adds a version, reviews keep theirs.
create table qa_scorecard (
  tenant_id uuid not null,
  id uuid not null,
  version int not null,
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_qa_scorecard_version unique (tenant_id, version)
);

-- A criterion of a scorecard version, scored 0..5; the weights of a version sum to 100.
create table qa_criterion (
  tenant_id uuid not null,
  scorecard_id uuid not null,
  position int not null,
  code varchar(40) not null,
  label varchar(200) not null,
  weight int not null,
  primary key (tenant_id, scorecard_id, position),
  constraint uq_qa_criterion_code unique (tenant_id, scorecard_id, code)
);

-- A contact queued for review, once per contact; reasons are SAMPLE, VIOLATION,
-- NOTE_FINDING, COMPLAINT (comma separated).
create table qa_item (
  tenant_id uuid not null,
  id uuid not null,
  contact_id uuid not null,
  account_id uuid not null,
  agent varchar(60) not null,
  contact_week varchar(8) not null,
  started_at timestamp with time zone not null,
  reasons varchar(100) not null,
  status varchar(10) not null,
  queued_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_qa_item_contact unique (tenant_id, contact_id)
);
create index ix_qa_item_status on qa_item (tenant_id, status, started_at);
create index ix_qa_item_week on qa_item (tenant_id, contact_week, agent);

-- One review per queued item, with the scorecard version it used.
create table qa_review (
  tenant_id uuid not null,
  id uuid not null,
  item_id uuid not null,
  contact_id uuid not null,
  agent varchar(60) not null,
  contact_week varchar(8) not null,
  scorecard_id uuid not null,
  scorecard_version int not null,
  score numeric(4,1) not null,
  comment_text varchar(2000),
  coaching boolean not null,
  reviewer varchar(60) not null,
  reviewed_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_qa_review_item unique (tenant_id, item_id)
);
create index ix_qa_review_agent on qa_review (tenant_id, agent, reviewed_at);
create index ix_qa_review_week on qa_review (tenant_id, contact_week);

create table qa_review_score (
  tenant_id uuid not null,
  review_id uuid not null,
  code varchar(40) not null,
  score int not null,
  primary key (tenant_id, review_id, code)
);
