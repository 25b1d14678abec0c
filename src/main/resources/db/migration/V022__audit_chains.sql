-- The audit log becomes 32 hash chains per tenant instead of one (ADR 0013): a transaction
-- appends to one chain picked at random, so concurrent writers no longer queue on a single
-- head row. `seq` stays the tenant-wide order of entries (now from a sequence); `chain` and
-- `chain_seq` place an entry in its chain. Existing entries form chain 0 unchanged.
alter table audit_entry add column chain integer default 0 not null;
alter table audit_entry add column chain_seq bigint;
update audit_entry set chain_seq = seq;
alter table audit_entry alter column chain_seq set not null;
create unique index ux_audit_chain_position on audit_entry (tenant_id, chain, chain_seq);

create table audit_chain_head (
  tenant_id uuid not null,
  chain integer not null,
  last_seq bigint not null,
  last_hash varchar(64) not null,
  primary key (tenant_id, chain)
);
insert into audit_chain_head (tenant_id, chain, last_seq, last_hash)
  select tenant_id, 0, last_seq, last_hash from audit_chain;
insert into audit_chain_head (tenant_id, chain, last_seq, last_hash)
  select h.tenant_id, c.n, 0, '0000000000000000000000000000000000000000000000000000000000000000'
  from audit_chain h cross join (values (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14),
    (15), (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31)) as c (n);
drop table audit_chain;
alter table audit_chain_head rename to audit_chain;

create sequence audit_entry_seq;
