-- H2 has no partial indexes; its databases are small (demo, tests): the unique key (tenant, debtor, kind, value) serves.
select 1;
