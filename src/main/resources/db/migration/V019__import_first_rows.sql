-- The importer marks each debtor key's first row and the contacts that row brings (deduplicated within the row), so
-- that a file whose debtors are all new creates debtors and contact points without sorting every staged row.
alter table import_row add column debtor_first boolean not null default false;
alter table import_contact add column debtor_key uuid;
alter table import_contact add column fresh boolean not null default false;
