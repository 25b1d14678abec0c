-- Batch reads ask each open account's debtor for a language; only a few debtors have one. A partial index over
-- those few answers "none" for everyone else without touching the debtor table (which, at a million debtors, costs
-- the strategy run's reads several times their time otherwise).
create index ix_debtor_language on debtor (tenant_id, id, language) where language is not null;
