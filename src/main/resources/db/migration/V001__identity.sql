-- Tenants, users, teams, creditor scopes, access tokens.
create table tenant (
  id uuid primary key,
  code varchar(40) not null unique,
  name varchar(200) not null,
  country varchar(2) not null,
  currency varchar(3) not null,
  zone_id varchar(60) not null,
  created_at timestamp with time zone not null
);

create table team (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  code varchar(40) not null,
  name varchar(200) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_team_code unique (tenant_id, code)
);

create table team_creditor_scope (
  tenant_id uuid not null,
  team_id uuid not null,
  creditor_code varchar(40) not null,
  primary key (tenant_id, team_id, creditor_code),
  foreign key (tenant_id, team_id) references team (tenant_id, id)
);

create table app_user (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  username varchar(60) not null,
  display_name varchar(200) not null,
  password_hash varchar(200) not null,
  roles varchar(400) not null,
  team_id uuid,
  enabled boolean not null,
  failed_logins int not null default 0,
  first_failed_at timestamp with time zone,
  locked_until timestamp with time zone,
  sessions_valid_after timestamp with time zone not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_user_username unique (username),
  foreign key (tenant_id, team_id) references team (tenant_id, id)
);

create table user_creditor_scope (
  tenant_id uuid not null,
  user_id uuid not null,
  creditor_code varchar(40) not null,
  primary key (tenant_id, user_id, creditor_code),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);

create table access_token (
  tenant_id uuid not null,
  id uuid not null,
  user_id uuid not null,
  name varchar(100) not null,
  token_hash varchar(64) not null,
  expires_at timestamp with time zone not null,
  revoked_at timestamp with time zone,
  last_used_at timestamp with time zone,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint uq_token_hash unique (token_hash),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create index ix_access_token_user on access_token (tenant_id, user_id);
