-- A debtor's preferred language (a lower-case code such as yue, en, zh-hk) for allocation by language skill; null
-- means the tenant's usual language. The import stages it with the row (the PostgreSQL temporary staging tables copy
-- import_row's columns, so they get it too).
alter table debtor add column language varchar(12);
alter table import_row add column language varchar(12);
