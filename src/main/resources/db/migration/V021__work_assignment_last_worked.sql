-- When "next" last handed the case out (a lease taken counts as the case worked): the
-- queue puts a case worked within the cool-down (rd.casework.rework-after) behind the
-- ones not worked recently, so the agent is not given the same account again and again.
-- No extra index: the order is computed per row (callbacks due now, the cool-down cut-off
-- given per call), so the agent's rows found by ix_work_agent are sorted anyway.
alter table work_assignment add column last_worked_at timestamp with time zone;
