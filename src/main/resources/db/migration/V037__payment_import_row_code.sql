-- A payment file row's refusal as a code and the value it names, so the report page can
-- say it in the reader's language (the message column keeps the English text the API gives).
alter table payment_import_row add column problem_code varchar(60);
alter table payment_import_row add column problem_detail varchar(200);
