-- The import staging tables hold rows only inside one import's transaction: no need to write them to the WAL.
-- After a crash PostgreSQL empties unlogged tables, which is exactly what an interrupted import needs.
alter table import_contact set unlogged;
alter table import_row set unlogged;
