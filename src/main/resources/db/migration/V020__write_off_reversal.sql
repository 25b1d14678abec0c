-- A write-off after a settlement can be undone: when a payment on the SETTLED account is
-- reversed (it bounced), the write-off gives back exactly the parts it zeroed (penalty,
-- fees, interest, principal are on the row already) and is marked reversed, never deleted.
--
-- "Once per settlement" now means one live (not reversed) write-off per settlement, so that
-- the settlement paid again is written off again. A partial unique index (where reversed_at
-- is null) is PostgreSQL-only; instead "live_settlement_id" holds the settlement id while
-- the write-off is live and null once it is reversed (as "open_account_id" on promise, plan
-- and settlement): a unique key treats nulls as distinct on H2 and PostgreSQL alike, so any
-- number of reversed rows and at most one live row exist per settlement.
alter table write_off add column live_settlement_id uuid;
update write_off set live_settlement_id = settlement_id;
alter table write_off drop constraint uq_write_off_settlement;
create unique index ux_write_off_live on write_off (tenant_id, live_settlement_id);
create index ix_write_off_settlement on write_off (tenant_id, settlement_id);
alter table write_off add column reversed_at timestamp with time zone;
alter table write_off add column reversed_by varchar(60);
alter table write_off add column reversal_reason varchar(500);
alter table write_off add column reversal_payment_id uuid;
