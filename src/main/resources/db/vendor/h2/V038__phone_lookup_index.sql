-- PostgreSQL narrows the contact-value lookup index to phones (a partial hash index); H2 has no partial indexes and
-- its databases are small (demo, tests): its B-tree index on (tenant, value) stays.
select 1;
