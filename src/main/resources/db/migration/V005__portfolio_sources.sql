-- Which creditor supplied what: a debtor shared by several creditors of a tenant must not
-- show one creditor's data (contact points, national id, birth date) to a user scoped to
-- another creditor.
alter table debtor add column creditor_id uuid;
update debtor d set creditor_id = (select a.creditor_id from account a where a.tenant_id = d.tenant_id
  and a.debtor_id = d.id order by a.created_at, a.id fetch first 1 rows only);

alter table account add column nid_supplied boolean default false not null;
update account a set nid_supplied = true where exists (select 1 from debtor d where d.tenant_id = a.tenant_id
  and d.id = a.debtor_id and d.national_id_hash is not null and d.creditor_id = a.creditor_id);

alter table contact_point add column creditor_id uuid;
update contact_point cp set creditor_id = (select d.creditor_id from debtor d where d.tenant_id = cp.tenant_id
  and d.id = cp.debtor_id);

-- Further creditors that supplied a contact point already on file (the first is contact_point.creditor_id).
create table contact_point_creditor (
  tenant_id uuid not null,
  contact_point_id uuid not null,
  creditor_id uuid not null,
  primary key (tenant_id, contact_point_id, creditor_id)
);
