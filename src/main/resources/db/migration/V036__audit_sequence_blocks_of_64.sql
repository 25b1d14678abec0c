-- Each instance of the application draws 64 tenant-wide audit numbers at a time from the sequence and hands them
-- out to its transactions' entries in order (JdbcAuditLog.SEQ_BLOCK, ADR 0023): one draw per 64 entries instead of
-- one per transaction. Numbers left unused when an instance stops are gaps, as numbers drawn for other tenants
-- always were.
alter sequence audit_entry_seq increment by 64;
