-- PostgreSQL drops the foreign keys of account and contact_point (ADR 0009); the embedded
-- H2 database keeps them as a safety net in development and tests.
select 1;
