-- Each draw from the audit sequence reserves a block of 4 tenant-wide numbers for one transaction's entries
-- (JdbcAuditLog.SEQ_BLOCK): a payment writes two entries with one draw, taken with the chain lock. Unused numbers
-- are gaps, as numbers drawn for other tenants always were.
alter sequence audit_entry_seq increment by 4;
