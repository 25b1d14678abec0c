-- A tenant's business calendar for deadlines counted in business days: public holidays on
-- weekdays (working = false) and make-up working days on weekends (working = true, 调休).
create table business_calendar_day (
  tenant_id uuid not null,
  calendar_day date not null,
  working boolean not null,
  name varchar(100),
  primary key (tenant_id, calendar_day)
);
