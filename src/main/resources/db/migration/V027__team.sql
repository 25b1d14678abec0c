-- Team: agents' working profiles and their absences. Agents are identity's users with the
-- AGENT role, keyed here by username. A profile whose max_open_cases or weekly_hours is
-- null follows the defaults (rd.team.*); the profile row is also what writers of one
-- agent's data lock, so that two overlapping absences cannot both be recorded.
create table agent_profile (
  tenant_id uuid not null,
  username varchar(60) not null,
  -- comma-separated codes, sorted; empty products = every product
  products varchar(1000) not null,
  skills varchar(1000) not null,
  max_open_cases int,
  weekly_hours numeric(5,2),
  updated_by varchar(60) not null,
  updated_at timestamp with time zone not null,
  primary key (tenant_id, username),
  constraint ck_agent_profile_cases check (max_open_cases between 0 and 5000),
  constraint ck_agent_profile_hours check (weekly_hours between 0 and 60)
);

create table agent_absence (
  tenant_id uuid not null,
  id uuid not null,
  username varchar(60) not null,
  first_day date not null,
  last_day date not null,
  kind varchar(12) not null,
  note varchar(500),
  created_by varchar(60) not null,
  created_at timestamp with time zone not null,
  primary key (tenant_id, id),
  constraint ck_agent_absence_days check (last_day >= first_day),
  constraint ck_agent_absence_kind check (kind in ('LEAVE', 'SICK', 'TRAINING', 'OTHER'))
);
create index ix_agent_absence_day on agent_absence (tenant_id, username, first_day);
