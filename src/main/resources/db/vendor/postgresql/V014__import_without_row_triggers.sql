-- The placement import is the only writer of accounts and contact points and creates their
-- debtors first in the same transaction; debtors and creditors are never deleted. The
-- foreign-key triggers on these child tables cost a third of a million-row import
-- (ADR 0009), so PostgreSQL drops them; PlacementImportIT checks that no orphan exists.
alter table contact_point drop constraint if exists contact_point_tenant_id_debtor_id_fkey;
alter table account drop constraint if exists account_tenant_id_debtor_id_fkey;
alter table account drop constraint if exists account_tenant_id_creditor_id_fkey;
