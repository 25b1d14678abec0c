-- PostgreSQL makes the staging tables unlogged at this version; H2 has nothing to change.
select 1;
