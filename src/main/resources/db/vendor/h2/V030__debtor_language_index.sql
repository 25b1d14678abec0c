-- H2 has no partial indexes; its databases are small (demo, tests), so the primary key serves the lookup.
select 1;
