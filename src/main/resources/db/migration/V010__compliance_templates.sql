-- Script and message templates per stage and channel, approved by compliance before use.
create table message_template (
  tenant_id uuid not null,
  id uuid not null,
  code varchar(60) not null,
  name varchar(200) not null,
  stage varchar(30) not null,
  channel varchar(10) not null,
  audience varchar(20) not null,
  locale varchar(10) not null,
  pack varchar(2) not null,
  created_by varchar(100) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_message_template_code unique (tenant_id, code)
);
create index ix_message_template_stage on message_template (tenant_id, stage, channel);

-- Versions: DRAFT -> IN_REVIEW -> APPROVED | REJECTED; RETIRED to withdraw (or superseded).
create table message_template_version (
  tenant_id uuid not null,
  template_id uuid not null,
  version int not null,
  status varchar(12) not null,
  subject varchar(300),
  body varchar(8000) not null,
  author varchar(100) not null,
  created_at timestamp with time zone not null,
  submitted_by varchar(100),
  submitted_at timestamp with time zone,
  reviewed_by varchar(100),
  reviewed_at timestamp with time zone,
  review_comment varchar(1000),
  retired_by varchar(100),
  retired_at timestamp with time zone,
  primary key (tenant_id, template_id, version),
  foreign key (tenant_id, template_id) references message_template (tenant_id, id)
);
create index ix_message_template_version_status on message_template_version (tenant_id, status);
